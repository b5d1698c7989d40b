package gridloop.support.logging;

import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Says when the start is over, for {@link ExpectedWarnings}: a while after the last start-up observer, because the
 * consumers and the scheduled jobs run their first, cold queries just after it. On two cores shared by four services
 * starting together, one of those took 8 s once (a fresh clone, 2026-12-07).
 */
@ApplicationScoped
class ServingFromNowOn {

    private final Vertx vertx;
    private final Duration grace;

    ServingFromNowOn(Vertx vertx,
            @ConfigProperty(name = "gridloop.logging.start-up-grace", defaultValue = "60s") Duration grace) {
        this.vertx = vertx;
        this.grace = grace;
    }

    void started(@Observes @Priority(Integer.MAX_VALUE) StartupEvent start) {
        if (grace.isZero()) {
            ExpectedWarnings.serving();
        } else {
            vertx.setTimer(grace.toMillis(), timer -> ExpectedWarnings.serving());
        }
    }
}
