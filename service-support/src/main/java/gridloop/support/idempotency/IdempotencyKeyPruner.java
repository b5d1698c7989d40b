package gridloop.support.idempotency;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Forgets idempotency keys after the retention (default 48 h; the contract promises at least 24 h). */
@ApplicationScoped
public class IdempotencyKeyPruner {

    private final Pool pool;
    private final Duration retention;

    IdempotencyKeyPruner(Pool pool,
            @ConfigProperty(name = "gridloop.idempotency.retention", defaultValue = "PT48H") Duration retention) {
        this.pool = pool;
        this.retention = retention;
    }

    @Scheduled(every = "1h", delay = 10, delayUnit = java.util.concurrent.TimeUnit.MINUTES)
    Uni<Void> prune() {
        return pool.preparedQuery("delete from idempotency_key where created_at < $1")
                .execute(Tuple.of(OffsetDateTime.now(ZoneOffset.UTC).minus(retention)))
                .replaceWithVoid();
    }
}
