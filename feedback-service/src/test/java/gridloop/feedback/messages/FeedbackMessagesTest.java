package gridloop.feedback.messages;

import gridloop.testkit.MessageBundleFiles;
import org.junit.jupiter.api.Test;

/** Every message of the service's bundle in both languages, and nothing else in them. */
class FeedbackMessagesTest {

    @Test
    void everyMessageInChineseAndEnglish() {
        MessageBundleFiles.assertComplete(FeedbackMessages.class, "zh-CN", "en");
    }
}
