package gridloop.support.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicLong;

/** The outbox backlog as gauges, measured every few seconds rather than at each scrape. */
@ApplicationScoped
public class OutboxGauges {

    private final OutboxBacklog backlog;
    private final AtomicLong unsent = new AtomicLong();
    private final AtomicLong oldestMillis = new AtomicLong();

    OutboxGauges(OutboxBacklog backlog, MeterRegistry registry) {
        this.backlog = backlog;
        Gauge.builder("gridloop.outbox.unsent", unsent, AtomicLong::get)
                .description("Events committed but not yet acknowledged by the broker").register(registry);
        Gauge.builder("gridloop.outbox.oldest.age.seconds", oldestMillis, millis -> millis.get() / 1000.0)
                .description("Age of the oldest unsent event, 0 when none waits").register(registry);
    }

    @Scheduled(every = "${gridloop.metrics.outbox-interval:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> measure() {
        return backlog.measure()
                .invoke(now -> {
                    unsent.set(now.unsent());
                    oldestMillis.set(now.oldestAge().toMillis());
                })
                // The database away: keep the last figures; readiness reports the outage.
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }
}
