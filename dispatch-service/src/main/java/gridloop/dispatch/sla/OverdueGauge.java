package gridloop.dispatch.sla;

import gridloop.dispatch.assignment.Overdue;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Open appeals past a deadline, as a gauge: not yet accepted after accept-by, or not yet resolved after
 * resolve-by. Counted from the deadlines themselves (not SlaWatch's flags), so it is right between two
 * checks too.
 */
@ApplicationScoped
public class OverdueGauge {

    private final gridloop.dispatch.assignment.TaskRepository tasks;
    private final Clock clock;
    private final AtomicLong overdue = new AtomicLong();

    OverdueGauge(gridloop.dispatch.assignment.TaskRepository tasks, Clock clock, MeterRegistry registry) {
        this.tasks = tasks;
        this.clock = clock;
        Gauge.builder("gridloop.appeals.overdue.open", overdue, AtomicLong::get)
                .description("Open appeals past their accept-by or resolve-by deadline").register(registry);
    }

    @Scheduled(every = "${gridloop.metrics.overdue-interval:15s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @WithSession
    Uni<Void> measure() {
        return tasks.countAt(Overdue.LATE, clock.instant())
                .invoke(overdue::set)
                // The database away: keep the last figure; readiness reports the outage.
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }
}
