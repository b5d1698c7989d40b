package gridloop.intake.appeal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gridloop.events.wording.EventWording;
import gridloop.events.wording.EventWording.Wording;
import gridloop.events.wording.Phrase;
import gridloop.support.i18n.Languages;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every phrase an event can say is worded in both languages: Chinese has Han characters, English has none. */
@QuarkusTest
class TimelineWordingTest {

    @Inject
    TimelineWording wording;

    @Test
    void everyPhraseInChineseAndInEnglish() {
        Map<String, String> facts = new HashMap<>();
        for (String name : new String[] {EventWording.REFERENCE, EventWording.WORKER, EventWording.SUMMARY,
                EventWording.NOTE, EventWording.DETAIL, EventWording.RESOLUTION, EventWording.MERGED_INTO}) {
            facts.put(name, "x1");
        }
        facts.put(EventWording.GRID, "hualong-g1");
        facts.put(EventWording.GRID + ".en", "Hualong Grid 1");
        facts.put(EventWording.GRID + ".zh-CN", "花龙社区第一网格");
        facts.put(EventWording.DEPARTMENT, "HOUSING");
        facts.put(EventWording.LEAD, "HOUSING");
        facts.put(EventWording.ASSISTING, "PUBLIC_SECURITY,SANITATION");
        facts.put(EventWording.AT, "2026-12-07T02:12:00Z");
        facts.put(EventWording.DUE_AT, "2026-12-07T03:12:00Z");
        facts.put(EventWording.FROM, "NOISE");
        facts.put(EventWording.TO, "SANITATION");
        facts.put(EventWording.REASON, "NOT_OUR_JURISDICTION");
        facts.put(EventWording.SATISFACTION, "4");
        facts.put(EventWording.SUPPORTERS, "3");
        facts.put(EventWording.NAME, "Elevator 3-1");
        facts.put(EventWording.CODE, "5001200601000003");
        for (Phrase phrase : Phrase.values()) {
            if (phrase == Phrase.LEGACY) {
                continue;
            }
            String chinese = wording.text(new Wording(phrase, facts), Languages.CHINESE);
            String english = wording.text(new Wording(phrase, facts), Languages.ENGLISH);
            assertTrue(chinese.codePoints().anyMatch(TimelineWordingTest::han), phrase + ": " + chinese);
            assertFalse(english.codePoints().anyMatch(TimelineWordingTest::han), phrase + ": " + english);
            assertNotEquals(chinese, english, phrase.name());
            assertFalse(english.contains("{") || chinese.contains("{"), phrase + ": a placeholder left");
        }
    }

    @Test
    void aSentenceStoredBeforeWordingWasNeutralIsShownAsStored() {
        String stored = "Housing Department leads, with the help of Public Security Bureau";
        assertEquals(stored, wording.text(new Wording(Phrase.LEGACY, Map.of("text", stored)), Languages.CHINESE));
    }

    private static boolean han(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }
}
