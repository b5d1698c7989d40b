package gridloop.support.inbox;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Forgets applied {@code ce_id}s older than {@code gridloop.inbox.retention} (30 days). Safe as long as no copy
 * of an event can arrive later than that: the topics keep records for 7 days (the broker's retention), so a
 * redelivery or a replay from offset 0 only ever brings events younger than the window, whose ids are still
 * here. Deletes in batches by the age index, so a large backlog never holds long locks.
 */
@ApplicationScoped
public class ProcessedEventPruner {

    private static final Logger LOG = Logger.getLogger(ProcessedEventPruner.class);
    private static final int BATCH = 10_000;

    private final Pool pool;
    private final Duration retention;

    ProcessedEventPruner(Pool pool,
            @ConfigProperty(name = "gridloop.inbox.retention", defaultValue = "P30D") Duration retention) {
        this.pool = pool;
        this.retention = retention;
    }

    @Scheduled(every = "${gridloop.inbox.prune-interval:1h}", delay = 5, delayUnit = java.util.concurrent.TimeUnit.MINUTES,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> pruneOnSchedule() {
        return prune(OffsetDateTime.now(ZoneOffset.UTC).minus(retention)).replaceWithVoid();
    }

    /** Deletes the entries processed before the cutoff; returns how many. */
    public Uni<Long> prune(OffsetDateTime cutoff) {
        return pruneFrom(cutoff, 0L);
    }

    private Uni<Long> pruneFrom(OffsetDateTime cutoff, long soFar) {
        return pool.preparedQuery("""
                        delete from processed_event where ctid in (
                            select ctid from processed_event where processed_at < $1 limit $2)
                        """)
                .execute(Tuple.of(cutoff, BATCH))
                .chain(rows -> {
                    long total = soFar + rows.rowCount();
                    if (rows.rowCount() < BATCH) {
                        if (total > 0) {
                            LOG.infof("Forgot %d applied event ids older than %s", total, cutoff);
                        }
                        return Uni.createFrom().item(total);
                    }
                    return pruneFrom(cutoff, total);
                });
    }
}
