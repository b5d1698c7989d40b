package gridloop.intake.messages;

import gridloop.testkit.MessageBundleFiles;
import org.junit.jupiter.api.Test;

/** Every message of the service's bundle in both languages, and nothing else in them. */
class IntakeMessagesTest {

    @Test
    void everyMessageInChineseAndEnglish() {
        MessageBundleFiles.assertComplete(IntakeMessages.class, "zh-CN", "en");
    }

    @Test
    void theValidationMessagesWrittenOnFieldsToo() {
        MessageBundleFiles.assertSameKeys(getClass().getClassLoader(), "ContributorValidationMessages", "zh-CN", "en");
    }
}
