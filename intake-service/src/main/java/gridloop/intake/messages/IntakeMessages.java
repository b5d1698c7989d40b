package gridloop.intake.messages;

import gridloop.support.i18n.Text;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import java.util.function.Function;

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

    /** A text of this bundle, rendered in the reader's language when it is answered. */
    final class Texts {
        private Texts() {
        }

        public static Text of(Function<IntakeMessages, String> message) {
            return Text.of(IntakeMessages.class, message);
        }
    }
}
