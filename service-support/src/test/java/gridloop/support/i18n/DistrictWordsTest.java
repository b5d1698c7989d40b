package gridloop.support.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Times and names inside a sentence, without Quarkus: the parts that need no bundle. */
class DistrictWordsTest {

    private final DistrictWords words = new DistrictWords(ZoneId.of("Asia/Shanghai"));

    @Test
    void aTimeIsInDistrictTimeAsEachLanguageWritesIt() {
        Instant at = Instant.parse("2026-12-07T02:12:00Z");
        assertEquals("2026年12月7日 10:12", words.time(at, Languages.CHINESE));
        assertEquals("7 Dec 2026, 10:12", words.time(at, Languages.ENGLISH));
        assertEquals("2026年12月7日 10:12", words.time("2026-12-07T02:12:00Z", Languages.CHINESE));
        assertEquals("soon", words.time("soon", Languages.CHINESE));
    }

    @Test
    void departmentsAndCategoriesAreNamedFromTheirCodesInTheReadersLanguage() {
        assertEquals("碧泉派出所", words.department("PUBLIC_SECURITY", "Public Security Police Station",
                Languages.CHINESE));
        assertEquals("碧泉派出所", words.department(null, "Public Security Police Station", Languages.CHINESE));
        assertEquals("电梯故障", words.category("ELEVATOR_FAULT", Languages.CHINESE));
        assertEquals("Elevator fault", words.category("ELEVATOR_FAULT", Languages.ENGLISH));
        assertEquals("NEW_CODE", words.category("NEW_CODE", Languages.CHINESE));
    }
}
