package gridloop.dispatch.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** Whether a worker is on duty, and when their next shift starts: the roster's rule, by the district's clock. */
class GridWorkerShiftTest {

    private static final ZoneId DISTRICT = ZoneId.of("Asia/Shanghai");

    private static GridWorker weekdays8to20() {
        GridWorker worker = new GridWorker();
        worker.shiftDays = "12345";
        worker.shiftStart = 8 * 60;
        worker.shiftEnd = 20 * 60;
        return worker;
    }

    private static Instant at(String local) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(local), DISTRICT).toInstant();
    }

    @Test
    void offDutyOnAWeekdayEveningStartsNextMorning() {
        GridWorker worker = weekdays8to20();
        Instant wednesdayNight = at("2026-12-09T22:00");
        assertFalse(worker.onDutyAt(wednesdayNight, DISTRICT));
        assertEquals(at("2026-12-10T08:00"), worker.nextShiftStart(wednesdayNight, DISTRICT));
    }

    @Test
    void onAFridayEveningTheNextShiftIsMonday() {
        assertEquals(at("2026-12-14T08:00"), weekdays8to20().nextShiftStart(at("2026-12-11T20:00"), DISTRICT));
    }

    @Test
    void duringAShiftTheNextOneIsTomorrowsAndBeforeItTodays() {
        GridWorker worker = weekdays8to20();
        assertTrue(worker.onDutyAt(at("2026-12-09T08:00"), DISTRICT));
        assertFalse(worker.onDutyAt(at("2026-12-09T20:00"), DISTRICT), "the end of a shift is not in it");
        assertEquals(at("2026-12-10T08:00"), worker.nextShiftStart(at("2026-12-09T08:00"), DISTRICT));
        assertEquals(at("2026-12-09T08:00"), worker.nextShiftStart(at("2026-12-09T07:59"), DISTRICT));
    }

    @Test
    void aRosterRowWithoutDaysHasNoNextShift() {
        GridWorker worker = weekdays8to20();
        worker.shiftDays = "";
        assertEquals(null, worker.nextShiftStart(at("2026-12-09T10:00"), DISTRICT));
    }
}
