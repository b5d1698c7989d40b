package gridloop.support.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;

/**
 * Time comes from an injectable clock so tests can move it (an alternative producer wins). It ticks in
 * microseconds, the precision PostgreSQL stores, so a time read back equals the time written and the
 * same instant on an event and in a table compares equal.
 */
@ApplicationScoped
public class ClockProducer {
    @Produces
    @ApplicationScoped
    @io.quarkus.arc.DefaultBean
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }
}
