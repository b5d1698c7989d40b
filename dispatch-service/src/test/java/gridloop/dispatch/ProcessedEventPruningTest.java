package gridloop.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gridloop.testkit.GridLoopTestInfrastructure;
import gridloop.support.inbox.ProcessedEventPruner;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The processed-event log forgets ids older than the cutoff, and only those. */
@QuarkusTest
@QuarkusTestResource(GridLoopTestInfrastructure.class)
class ProcessedEventPruningTest {

    @Inject
    ProcessedEventPruner pruner;
    @Inject
    Pool pool;

    @Test
    void idsOlderThanTheWindowAreForgottenYoungerOnesKept() {
        String consumer = "prune-test-" + UUID.randomUUID();
        OffsetDateTime cutoff = OffsetDateTime.of(2020, 6, 1, 0, 0, 0, 0, ZoneOffset.UTC);
        // 12,005 old ones (more than one batch of 10,000) and 3 at or after the cutoff.
        pool.preparedQuery("""
                        insert into processed_event (consumer, event_id, processed_at)
                        select $1, 'old-' || i, $2::timestamptz - interval '1 day' from generate_series(1, 12005) i
                        union all
                        select $1, 'young-' || i, $2::timestamptz + (i - 1) * interval '1 hour' from generate_series(1, 3) i
                        """)
                .execute(Tuple.of(consumer, cutoff)).await().atMost(Duration.ofSeconds(30));

        long pruned = pruner.prune(cutoff).await().atMost(Duration.ofSeconds(60));

        assertEquals(12005, pruned, "every id older than the cutoff");
        long left = pool.preparedQuery("select count(*) from processed_event where consumer = $1")
                .execute(Tuple.of(consumer)).await().atMost(Duration.ofSeconds(10)).iterator().next().getLong(0);
        assertEquals(3, left, "ids at or after the cutoff stay");
    }
}
