package gridloop.command.messages;

import gridloop.support.i18n.Text;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import java.util.function.Function;

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

    /** A text of this bundle, rendered in the reader's language when it is answered. */
    final class Texts {
        private Texts() {
        }

        public static Text of(Function<CommandMessages, String> message) {
            return Text.of(CommandMessages.class, message);
        }
    }
}
