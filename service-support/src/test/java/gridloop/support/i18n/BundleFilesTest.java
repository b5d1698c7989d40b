package gridloop.support.i18n;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gridloop.support.problem.ProblemMessages;
import gridloop.testkit.MessageBundleFiles;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Every message of the plumbing's bundles in every language GridLoop speaks. */
class BundleFilesTest {

    private static final String[] LANGUAGES = Languages.SUPPORTED.stream().map(Locale::toLanguageTag)
            .toArray(String[]::new);

    @Test
    void theProblemWordsAreThereInEveryLanguage() {
        MessageBundleFiles.assertComplete(ProblemMessages.class, LANGUAGES);
        MessageBundleFiles.assertComplete(ReasonMessages.class, LANGUAGES);
        MessageBundleFiles.assertComplete(EventMessages.class, LANGUAGES);
    }

    /** Stands for a bundle whose English file lacks a message. */
    @MessageBundle("planted")
    interface PlantedMessages {
        @Message
        String present();

        @Message
        String onlyInChinese();
    }

    @Test
    void aMessageMissingInOneLanguageFails() {
        AssertionError failure = assertThrows(AssertionError.class,
                () -> MessageBundleFiles.assertComplete(PlantedMessages.class, LANGUAGES));
        assertTrue(failure.getMessage().contains("planted_en.properties: missing [onlyInChinese]"),
                failure.getMessage());
    }
}
