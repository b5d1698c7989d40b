package gridloop.intake.messages;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Intake's refusals, in {@code messages/intake_zh_CN.properties} and {@code messages/intake_en.properties}. */
@MessageBundle(value = "intake", locale = "zh-CN")
public interface IntakeMessages {

    @Message
    String unknownCategory();

    @Message
    String notACategory(String code, String codes);

    @Message
    String mustBeOneOf(String codes);

    @Message
    String appealIsNotOpen(String reference, String status);

    @Message
    String noLongerWithdrawn(String reference, String status);
}
