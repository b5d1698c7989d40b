package gridloop.support.outbox;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/** How far the relay is behind: unsent events and the age of the oldest (readiness and metrics). */
@ApplicationScoped
public class OutboxBacklog {

    /** @param oldestAge zero when nothing waits */
    public record Measure(long unsent, Duration oldestAge) {
    }

    private static final Duration QUERY_TIMEOUT = Duration.ofSeconds(3);

    private final Pool pool;

    OutboxBacklog(Pool pool) {
        this.pool = pool;
    }

    public Uni<Measure> measure() {
        // The partial index on unsent rows keeps this cheap however much sent history the table holds.
        return pool.query("select count(*) as unsent,"
                        + " coalesce(extract(epoch from now() - min(created_at)), 0)::float8 as oldest"
                        + " from outbox_event where sent_at is null")
                .execute()
                .ifNoItem().after(QUERY_TIMEOUT).fail()
                .map(rows -> {
                    Row row = rows.iterator().next();
                    return new Measure(row.getLong("unsent"),
                            Duration.ofMillis(Math.max(0, Math.round(row.getDouble("oldest") * 1000))));
                });
    }
}
