package gridloop.support.outbox;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Transaction;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Moves committed outbox rows to Kafka and marks them sent only after the broker acknowledged them.
 * One relay per service publishes at a time (a PostgreSQL advisory lock), so rows leave in id order and
 * one appeal's events stay in order whatever the number of instances. It sleeps until this instance's commit wakes it
 * ({@link OutboxWakeUp}) or its poll passes (short after activity it was not woken for, up to the poll interval when
 * idle), and backs off while the broker is away.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Any constant works: each service has its own database. */
    private static final long RELAY_LOCK = 0x6772_6964_6c6f_6f70L;
    private static final Duration DB_TIMEOUT = Duration.ofSeconds(30);

    private final Pool pool;
    private final KafkaEventPublisher publisher;
    private final OutboxConfig config;
    private final Event<EventPublished> publishedEvents;
    private final Semaphore wakeUp = new Semaphore(0);
    private volatile boolean running;
    private volatile Thread thread;

    OutboxRelay(Pool pool, KafkaEventPublisher publisher, OutboxConfig config,
            Event<EventPublished> publishedEvents) {
        this.pool = pool;
        this.publisher = publisher;
        this.config = config;
        this.publishedEvents = publishedEvents;
    }

    void start(@Observes StartupEvent startup) {
        running = true;
        thread = new Thread(this::loop, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent shutdown) {
        running = false;
        Thread current = thread;
        if (current != null) {
            wakeUp.release();
            try {
                current.join(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Something was committed to the outbox: publish now rather than at the next poll. */
    public void wakeUp() {
        wakeUp.release();
    }

    private void loop() {
        long backoffMillis = 100;
        long waitMillis = config.pollInterval().toMillis();
        boolean woken = false;
        while (running) {
            try {
                Relayed relayed = relayOneBatch();
                backoffMillis = 100;
                if (relayed.published() >= config.batchSize()) {
                    continue;
                }
                // Rows this instance did not commit (another instance's, a scheduled job's) come with no wake-up: while
                // they come, or another instance's relay holds the lock, look again soon; when none come, wait longer,
                // up to the poll interval.
                boolean fromElsewhere = !relayed.lockTaken() || relayed.published() > 0 && !woken;
                waitMillis = fromElsewhere ? config.activePollInterval().toMillis()
                        : Math.min(waitMillis * 2, config.pollInterval().toMillis());
                woken = waitForWork(waitMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warnf("Outbox relay could not publish (retrying in %d ms): %s", backoffMillis, e.getMessage());
                sleepQuietly(backoffMillis);
                backoffMillis = Math.min(backoffMillis * 2, config.maxBackoff().toMillis());
            }
        }
    }

    /** @return whether a commit woke the relay before the time was up */
    private boolean waitForWork(long millis) throws InterruptedException {
        if (wakeUp.tryAcquire(millis, TimeUnit.MILLISECONDS)) {
            wakeUp.drainPermits();
            return true;
        }
        return false;
    }

    private void sleepQuietly(long millis) {
        try {
            waitForWork(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    /** What one relay transaction did: whether it held the relay lock, and how many rows it published. */
    record Relayed(boolean lockTaken, int published) {
    }

    Relayed relayOneBatch() throws InterruptedException {
        SqlConnection connection = pool.getConnection().await().atMost(DB_TIMEOUT);
        try {
            Transaction tx = connection.begin().await().atMost(DB_TIMEOUT);
            try {
                List<OutboxRow> published = relayWithin(connection);
                tx.commit().await().atMost(DB_TIMEOUT);
                if (published == null) {
                    return new Relayed(false, 0);
                }
                published.forEach(row -> publishedEvents.fire(new EventPublished(row.ceType(), row.occurredAt(),
                        row.metricLabel(), row.metricSpanStart())));
                return new Relayed(true, published.size());
            } catch (RuntimeException | InterruptedException e) {
                rollbackQuietly(tx);
                throw e;
            }
        } finally {
            connection.close().await().atMost(DB_TIMEOUT);
        }
    }

    /**
     * @return the rows the broker acknowledged, marked sent in the caller's transaction; null when another instance
     *         holds the relay lock
     */
    private List<OutboxRow> relayWithin(SqlConnection connection) throws InterruptedException {
        Row lock = connection.preparedQuery("select pg_try_advisory_xact_lock($1)").execute(Tuple.of(RELAY_LOCK))
                .await().atMost(DB_TIMEOUT).iterator().next();
        if (!lock.getBoolean(0)) {
            return null;
        }
        List<OutboxRow> rows = new ArrayList<>();
        connection.preparedQuery("select id, event_id, topic, message_key, ce_type, ce_subject, occurred_at, payload,"
                        + " category, appeal_submitted_at, trace_parent, trace_state from outbox_event where sent_at is null order by id limit $1")
                .execute(Tuple.of(config.batchSize())).await().atMost(DB_TIMEOUT)
                .forEach(row -> rows.add(new OutboxRow(row.getLong("id"), row.getUUID("event_id"),
                        row.getString("topic"), row.getString("message_key"), row.getString("ce_type"),
                        row.getString("ce_subject"), row.getOffsetDateTime("occurred_at").toInstant(),
                        row.getBuffer("payload").getBytes(), row.getString("category"),
                        instantOrNull(row.getOffsetDateTime("appeal_submitted_at")), row.getString("trace_parent"),
                        row.getString("trace_state"))));
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> sent = publisher.publish(rows, config.sendTimeout());
        connection.preparedQuery("update outbox_event set sent_at = now() where id = any($1)")
                .execute(Tuple.of(sent.toArray(new Long[0]))).await().atMost(DB_TIMEOUT);
        if (sent.size() < rows.size()) {
            // Keep what was acknowledged (committing it avoids sending it again); the rest waits a poll.
            LOG.warnf("%d of %d events were not acknowledged; they stay in the outbox",
                    rows.size() - sent.size(), rows.size());
        }
        Set<Long> acknowledged = Set.copyOf(sent);
        return rows.stream().filter(row -> acknowledged.contains(row.id())).toList();
    }

    private static Instant instantOrNull(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    private static void rollbackQuietly(Transaction tx) {
        try {
            tx.rollback().await().atMost(DB_TIMEOUT);
        } catch (RuntimeException e) {
            LOG.debugf("Rollback after a failed relay attempt failed too: %s", e.getMessage());
        }
    }
}
