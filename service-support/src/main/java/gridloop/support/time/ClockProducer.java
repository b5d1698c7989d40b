package gridloop.support.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** Time comes from an injectable clock so tests can move it (an alternative producer wins). */
@ApplicationScoped
public class ClockProducer {
    @Produces
    @ApplicationScoped
    @io.quarkus.arc.DefaultBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
