package gridloop.support.i18n;

import static org.junit.jupiter.api.Assertions.assertThrows;

import gridloop.testkit.MessageBundleFiles;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The validation messages written on fields ({@code message = "{gridloop.validation.…}"}) exist in both languages. */
class ValidationMessagesTest {

    private static final String[] LANGUAGES = Languages.SUPPORTED.stream().map(Locale::toLanguageTag)
            .toArray(String[]::new);

    @Test
    void everyKeyInEveryLanguage() {
        MessageBundleFiles.assertSameKeys(getClass().getClassLoader(), "ContributorValidationMessages", LANGUAGES);
    }

    @Test
    void aKeyInOneLanguageOnlyFails() {
        assertThrows(AssertionError.class, () -> MessageBundleFiles.assertSameKeys(getClass().getClassLoader(),
                "messages/planted", LANGUAGES));
    }
}
