package gridloop.systemtest;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertFalse;

import gridloop.events.Topics;
import gridloop.localstack.EmbeddedPostgresServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Holds a service's event handlers in the middle of their transaction, so records reach its consumers and
 * wait there unapplied: an EXCLUSIVE lock on its {@code processed_event} table, the row every handler
 * writes first (reads, the relay and the REST API go on). Closing releases it.
 */
final class HeldHandlers implements AutoCloseable {

    private static final Duration HELD_FOR = RunningSystem.COMMIT_INTERVAL.multipliedBy(10);

    final String service;
    private final Connection db;

    private HeldHandlers(String service, Connection db) {
        this.service = service;
        this.db = db;
    }

    /** Takes the lock in the service's database (named after the service) and keeps it until closed. */
    static HeldHandlers in(EmbeddedPostgresServer server, String service) throws SQLException {
        Connection db = server.connect(service);
        try (Statement statement = db.createStatement()) {
            db.setAutoCommit(false);
            statement.execute("lock table processed_event in exclusive mode");
        } catch (SQLException e) {
            db.close();
            throw e;
        }
        return new HeldHandlers(service, db);
    }

    /** Handlers (of any instance of the service) waiting for the lock right now. */
    long waiting() throws SQLException {
        try (Statement statement = db.createStatement();
             ResultSet rows = statement.executeQuery("""
                     select count(*) from pg_locks l
                     where not l.granted and l.relation = 'processed_event'::regclass
                       and l.database = (select oid from pg_database where datname = current_database())
                     """)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /**
     * Waits until the appeals' submitted events are on the topic and the services' handlers (at least
     * {@code handlers} of each) stay held on them for ten of the services' commit intervals
     * ({@link RunningSystem#COMMIT_INTERVAL}, which Kafka's auto-commit would use too), then checks the groups
     * have not committed past what they applied. A consumer that committed what it had fetched (auto-commit), or acknowledged a record before its transaction committed, would
     * have moved its offsets past the held records here, and a kill now would lose them.
     */
    static void awaitBacklog(RunningSystem system, Set<String> ids, long handlers, HeldHandlers... held) throws Exception {
        await().atMost(Duration.ofSeconds(30)).until(() -> onTopic(system.kafka().readUntil(
                Topics.APPEALS_SUBMITTED, Duration.ofSeconds(10), list -> onTopic(list).containsAll(ids))).containsAll(ids));
        await("handlers held for ten commit intervals").atMost(Duration.ofSeconds(30))
                .during(HELD_FOR).until(() -> {
                    for (HeldHandlers service : held) {
                        if (service.waiting() < handlers) {
                            return false;
                        }
                    }
                    return true;
                });
        ConsumerLag lag = new ConsumerLag(system.broker.clientSettings());
        for (HeldHandlers service : held) {
            assertFalse(lag.caughtUp(service.service, List.of(Topics.APPEALS_SUBMITTED)),
                    service.service + " committed offsets of records its handlers had not applied");
        }
    }

    private static Set<String> onTopic(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream().map(ConsumerRecord::key).collect(Collectors.toSet());
    }

    @Override
    public void close() throws SQLException {
        try {
            db.rollback();
        } finally {
            db.close();
        }
    }
}
