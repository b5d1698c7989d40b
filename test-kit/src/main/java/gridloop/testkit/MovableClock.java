package gridloop.testkit;

import io.quarkus.arc.profile.IfBuildProfile;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/**
 * The clock of the {@code test} profile, in place of the services' system clock: it starts at an origin and
 * runs on from there, ticking in microseconds as in prod; a test pins or moves it (and puts it back).
 *
 * <p>The origin is the real time, or the instant given as the system property {@value #ORIGIN_PROPERTY}
 * (ISO-8601 with an offset, e.g. {@code 2026-12-02T23:59+08:00}), so a test run can be repeated at any
 * weekday, hour or year end: {@code ./mvnw verify -Dgridloop.clock.origin=2026-12-31T23:59+08:00}. A test
 * therefore takes every business time from this clock, never from {@code Instant.now()}.
 */
@ApplicationScoped
@IfBuildProfile("test")
public class MovableClock extends Clock {

    public static final String ORIGIN_PROPERTY = "gridloop.clock.origin";
    /** The district's zone: shifts and days are local times there. */
    public static final ZoneId DISTRICT = ZoneId.of("Asia/Shanghai");

    /** From the real time to the origin; what {@link #reset()} returns to. */
    private static final Duration ORIGIN_OFFSET = originOffset(System.getProperty(ORIGIN_PROPERTY));

    private volatile Duration offset = ORIGIN_OFFSET;

    public void advance(Duration by) {
        offset = offset.plus(by);
    }

    /** From now on the clock reads {@code at} and runs on from there. */
    public void pinTo(Instant at) {
        offset = Duration.between(Instant.now(), at);
    }

    /**
     * Pins the clock to the next {@code day} at {@code time} in the district after what it reads now (at
     * least a minute ahead, never back), e.g. a Wednesday morning when the weekday shift is on duty.
     *
     * @return the instant pinned to
     */
    public Instant pinToNext(DayOfWeek day, LocalTime time) {
        ZonedDateTime now = instant().plus(Duration.ofMinutes(1)).atZone(DISTRICT);
        ZonedDateTime candidate = now.with(TemporalAdjusters.nextOrSame(day)).with(time);
        Instant at = (candidate.isBefore(now) ? candidate.plusWeeks(1) : candidate).toInstant();
        pinTo(at);
        return at;
    }

    /** Back to the origin's time line: the origin plus the real time that passed since the run began. */
    public void reset() {
        offset = ORIGIN_OFFSET;
    }

    /** Microseconds, as PostgreSQL stores them, whatever the origin or the pin (an offset has nanoseconds). */
    @Override
    public Instant instant() {
        return Instant.now().plus(offset).truncatedTo(ChronoUnit.MICROS);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("The services work in UTC");
    }

    static Duration originOffset(String origin) {
        if (origin == null || origin.isBlank()) {
            return Duration.ZERO;
        }
        try {
            return Duration.between(Instant.now(), OffsetDateTime.parse(origin.strip()).toInstant());
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException(ORIGIN_PROPERTY + " must be an ISO-8601 date-time with an offset,"
                    + " e.g. 2026-12-02T23:59+08:00, not '" + origin + "'", e);
        }
    }
}
