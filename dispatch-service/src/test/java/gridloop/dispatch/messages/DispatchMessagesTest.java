package gridloop.dispatch.messages;

import gridloop.testkit.MessageBundleFiles;
import org.junit.jupiter.api.Test;

/** Every message of the service's bundle in both languages, and nothing else in them. */
class DispatchMessagesTest {

    @Test
    void everyMessageInChineseAndEnglish() {
        MessageBundleFiles.assertComplete(DispatchMessages.class, "zh-CN", "en");
    }
}
