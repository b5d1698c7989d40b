package gridloop.events.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ShiftTest {

    private static final ZoneId DISTRICT = ZoneId.of("Asia/Shanghai");
    /** Monday to Friday, 08:30 to 17:30. */
    private static final Shift WEEKDAYS = new Shift("12345", 8 * 60 + 30, 17 * 60 + 30);

    @Test
    void onDutyWithinTheDaysAndMinutesOfTheShiftInDistrictTime() {
        // Monday 2026-12-07 08:30 in Chongqing is 00:30 UTC.
        assertTrue(WEEKDAYS.onDutyAt(Instant.parse("2026-12-07T00:30:00Z"), DISTRICT));
        assertFalse(WEEKDAYS.onDutyAt(Instant.parse("2026-12-07T00:29:00Z"), DISTRICT), "a minute early");
        assertFalse(WEEKDAYS.onDutyAt(Instant.parse("2026-12-07T09:30:00Z"), DISTRICT), "the end is not in it");
        assertFalse(WEEKDAYS.onDutyAt(Instant.parse("2026-12-12T02:00:00Z"), DISTRICT), "Saturday");
    }

    @Test
    void theNextShiftIsTheNextStartAfterNotTheOneUnderWay() {
        assertEquals(Instant.parse("2026-12-08T00:30:00Z"),
                WEEKDAYS.nextStartAfter(Instant.parse("2026-12-07T03:00:00Z"), DISTRICT));
        // Friday evening: Monday morning.
        assertEquals(Instant.parse("2026-12-14T00:30:00Z"),
                WEEKDAYS.nextStartAfter(Instant.parse("2026-12-11T12:00:00Z"), DISTRICT));
        assertNull(new Shift(null, 0, 60).nextStartAfter(Instant.parse("2026-12-11T12:00:00Z"), DISTRICT));
    }

    @Test
    void aFacilityRepeatsFromThreeAppealsInNinetyDays() {
        assertFalse(RepeatProblems.repeats(2));
        assertTrue(RepeatProblems.repeats(3));
        assertEquals(Instant.parse("2026-09-08T00:00:00Z"), RepeatProblems.windowStart(Instant.parse("2026-12-07T00:00:00Z")));
    }
}
