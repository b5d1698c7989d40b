package gridloop.support.outbox;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jboss.logging.Logger;

/**
 * Deletes outbox rows that were sent longer ago than the retention. Sent rows are kept a while as an
 * audit trail of what was published; unsent rows are never touched. Safe with several instances:
 * a delete is idempotent.
 */
@ApplicationScoped
public class OutboxPruner {

    private static final Logger LOG = Logger.getLogger(OutboxPruner.class);

    private final Pool pool;
    private final OutboxConfig config;

    OutboxPruner(Pool pool, OutboxConfig config) {
        this.pool = pool;
        this.config = config;
    }

    @Scheduled(every = "1h", delay = 5, delayUnit = java.util.concurrent.TimeUnit.MINUTES)
    Uni<Void> prune() {
        OffsetDateTime cutoff = OffsetDateTime.now(ZoneOffset.UTC).minus(config.retention());
        return pool.preparedQuery("delete from outbox_event where sent_at < $1").execute(Tuple.of(cutoff))
                .invoke(rows -> LOG.debugf("Pruned %d sent outbox rows", rows.rowCount()))
                .replaceWithVoid();
    }
}
