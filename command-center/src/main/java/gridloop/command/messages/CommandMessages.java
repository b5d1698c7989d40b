package gridloop.command.messages;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The command centre's refusals, in {@code messages/command_zh_CN.properties} and {@code messages/command_en.properties}.
 */
@MessageBundle(value = "command", locale = "zh-CN")
public interface CommandMessages {

    @Message
    String viewBoxOrder();

    @Message
    String notEastOfEast();

    @Message
    String bodyMustBeObject();

    @Message
    String mustBeObject();

    @Message
    String dispatchUnavailable();

    @Message
    String dispatchUnavailableDetail();

    @Message
    String registryUnavailable();

    @Message
    String registryUnavailableDetail();

    @Message
    String intakeUnavailable();

    @Message
    String intakeUnavailableDetail();
}
