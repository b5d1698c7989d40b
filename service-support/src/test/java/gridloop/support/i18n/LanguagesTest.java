package gridloop.support.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Accept-Language → the language of the answer (the district's default is Chinese unless configured otherwise). */
class LanguagesTest {

    @ParameterizedTest(name = "[{index}] \"{0}\" → {1}")
    @CsvSource(delimiter = '|', nullValues = "NONE", value = {
        "NONE                    | zh-CN",
        "''                      | zh-CN",
        "zh-CN                   | zh-CN",
        "zh                      | zh-CN",
        "zh-TW                   | zh-CN",
        "zh-Hans-CN              | zh-CN",
        "en                      | en",
        "en-US                   | en",
        "EN-gb                   | en",
        "fr                      | zh-CN",
        "*                       | zh-CN",
        "fr, en;q=0.5            | en",
        "en;q=0.4, zh-CN;q=0.9   | zh-CN",
        "zh;q=0, en              | en",
        "de-DE, de;q=0.9, *;q=0.1| zh-CN",
        "'en;q=oops, ,,;'        | zh-CN",
    })
    void negotiation(String header, String expected) {
        assertEquals(Locale.forLanguageTag(expected), Languages.negotiate(header, Languages.CHINESE));
    }

    @Test
    void theDistrictDefaultIsConfigurable() {
        assertEquals(Languages.ENGLISH, Languages.negotiate(null, Languages.supported("en")));
        assertEquals(Languages.ENGLISH, Languages.negotiate("fr", Languages.supported("en")));
        assertEquals(Languages.CHINESE, Languages.negotiate("zh", Languages.supported("en")));
    }

    @Test
    void aNameIsInChineseForAChineseReaderWhenItIsKnown() {
        assertEquals("消防隐患", Languages.nameIn(Languages.CHINESE, "Fire hazard", "消防隐患"));
        assertEquals("Fire hazard", Languages.nameIn(Languages.ENGLISH, "Fire hazard", "消防隐患"));
        assertEquals("Fire hazard", Languages.nameIn(Languages.CHINESE, "Fire hazard", null), "not yet translated");
    }

    @Test
    void aDefaultWeDoNotSpeakIsAConfigurationMistake() {
        assertThrows(IllegalArgumentException.class, () -> Languages.supported("fr"));
    }
}
