package gridloop.command.messages;

import gridloop.testkit.MessageBundleFiles;
import org.junit.jupiter.api.Test;

/** Every message of the service's bundle in both languages, and nothing else in them. */
class CommandMessagesTest {

    @Test
    void everyMessageInChineseAndEnglish() {
        MessageBundleFiles.assertComplete(CommandMessages.class, "zh-CN", "en");
        MessageBundleFiles.assertComplete(PageMessages.class, "zh-CN", "en");
    }

    @Test
    void theValidationMessagesWrittenOnFieldsToo() {
        MessageBundleFiles.assertSameKeys(getClass().getClassLoader(), "ContributorValidationMessages", "zh-CN", "en");
    }
}
