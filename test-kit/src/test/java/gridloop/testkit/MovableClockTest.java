package gridloop.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The test clock: pinned where it is told, always ahead, and in microseconds as PostgreSQL stores time. */
class MovableClockTest {

    @ParameterizedTest(name = "at {0}: next {1} {2} is {3}")
    @CsvSource({
            "2026-12-02T10:30+08:00, WEDNESDAY, 10:00, 2026-12-09T10:00+08:00", // passed today: next week
            "2026-12-02T09:00+08:00, WEDNESDAY, 10:00, 2026-12-02T10:00+08:00", // later today
            "2026-12-01T23:59+08:00, WEDNESDAY, 10:00, 2026-12-02T10:00+08:00", // just before midnight
            "2026-12-31T23:59+08:00, WEDNESDAY, 10:00, 2027-01-06T10:00+08:00", // across the year end
            "2026-12-06T02:30+08:00, SATURDAY,  22:00, 2026-12-12T22:00+08:00",
    })
    void pinsToTheNextDayAndTimeInTheDistrictNeverBack(OffsetDateTime now, DayOfWeek day, LocalTime time,
            OffsetDateTime expected) {
        MovableClock clock = new MovableClock();
        clock.pinTo(now.toInstant());
        Instant pinned = clock.pinToNext(day, time);
        assertEquals(expected.toInstant(), pinned);
        Duration drift = Duration.between(pinned, clock.instant());
        assertTrue(!drift.isNegative() && drift.compareTo(Duration.ofSeconds(5)) < 0, "runs on from there: " + drift);
    }

    @ParameterizedTest
    @CsvSource({"2026-12-02T10:00:00.123456789Z", "2031-05-10T16:00:00.000000001Z"})
    void readsInMicrosecondsWhateverItWasPinnedTo(Instant at) {
        MovableClock clock = new MovableClock();
        clock.pinTo(at);
        assertEquals(0, clock.instant().getNano() % 1_000, "nanoseconds within the microsecond");
        clock.advance(Duration.ofNanos(1_234_567));
        assertEquals(0, clock.instant().getNano() % 1_000);
    }

    @ParameterizedTest
    @CsvSource({"2026-12-31T23:59+08:00, 2026-12-31T15:59:00Z", "2026-12-02T02:30:00Z, 2026-12-02T02:30:00Z"})
    void anOriginIsAnInstantWithItsOffset(String origin, Instant expected) {
        Duration offset = MovableClock.originOffset(origin);
        Duration error = Duration.between(Instant.now().plus(offset), expected).abs();
        assertTrue(error.compareTo(Duration.ofSeconds(5)) < 0, "origin " + origin + " off by " + error);
        assertEquals(Duration.ZERO, MovableClock.originOffset(" "));
        assertEquals(Duration.ZERO, MovableClock.originOffset(null));
    }

    @ParameterizedTest
    @CsvSource({"next wednesday", "2026-12-31T23:59", "2026-13-01T00:00+08:00"})
    void anOriginWithoutAnOffsetIsRefusedWithTheFormItWants(String origin) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> MovableClock.originOffset(origin));
        assertTrue(refused.getMessage().contains(MovableClock.ORIGIN_PROPERTY), refused.getMessage());
    }
}
