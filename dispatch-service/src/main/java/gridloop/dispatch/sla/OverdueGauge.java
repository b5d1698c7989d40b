package gridloop.dispatch.sla;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Open appeals past a deadline, as a gauge: not yet accepted after accept-by, or not yet resolved after
 * resolve-by. Counted from the deadlines themselves (not SlaWatch's flags), so it is right between two
 * checks too.
 */
@ApplicationScoped
public class OverdueGauge {

    private final Pool pool;
    private final Clock clock;
    private final AtomicLong overdue = new AtomicLong();

    OverdueGauge(Pool pool, Clock clock, MeterRegistry registry) {
        this.pool = pool;
        this.clock = clock;
        Gauge.builder("gridloop.appeals.overdue.open", overdue, AtomicLong::get)
                .description("Open appeals past their accept-by or resolve-by deadline").register(registry);
    }

    @Scheduled(every = "${gridloop.metrics.overdue-interval:15s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> measure() {
        return pool.preparedQuery("select count(*) from task where status in ('ASSIGNED', 'ACCEPTED', 'ESCALATED')"
                        + " and (resolve_by < $1 or (status = 'ASSIGNED' and accept_by < $1))")
                .execute(Tuple.of(clock.instant().atOffset(ZoneOffset.UTC)))
                .invoke(rows -> overdue.set(rows.iterator().next().getLong(0)))
                // The database away: keep the last figure; readiness reports the outage.
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }
}
