package gridloop.systemtest;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** The limits of the parts, measured on the same broker and database server the services use. */
final class RawLimits {

    private RawLimits() {
    }

    /**
     * Records per second one producer configured as the outbox relay's ({@code acks=all}, idempotent, 2 ms
     * linger) gets onto a 6-partition topic, for records of {@code payload}'s size keyed like appeals.
     */
    static double kafkaRecordsPerSecond(Map<String, Object> connection, String topic, byte[] payload, int records)
            throws Exception {
        Map<String, Object> settings = new java.util.HashMap<>(connection);
        settings.putAll(Map.of(
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true",
                ProducerConfig.LINGER_MS_CONFIG, "2"));
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(settings, new StringSerializer(),
                new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, "warm-up", payload)).get();
            long start = System.nanoTime();
            List<Future<?>> acks = new ArrayList<>(records);
            for (int i = 0; i < records; i++) {
                acks.add(producer.send(new ProducerRecord<>(topic, UUID.randomUUID().toString(), payload)));
            }
            for (Future<?> ack : acks) {
                ack.get();
            }
            return records / seconds(System.nanoTime() - start);
        }
    }

    /**
     * Transactions per second of the shape of a submission: one appeal row and one outbox row committed
     * together, from {@code threads} connections at once, for {@code duration}.
     */
    static double postgresTransactionsPerSecond(String jdbcUrl, String user, String password, int threads,
            Duration duration, byte[] payload) throws Exception {
        try (Connection setup = DriverManager.getConnection(jdbcUrl, user, password);
                Statement ddl = setup.createStatement()) {
            ddl.execute("drop table if exists bench_appeal, bench_outbox");
            ddl.execute("create table bench_appeal (id uuid primary key, reference text not null unique,"
                    + " category text not null, description text not null, latitude double precision not null,"
                    + " longitude double precision not null, address text, media_urls text, channel text not null,"
                    + " status text not null, reporter_name text, reporter_phone text,"
                    + " submitted_at timestamptz not null, updated_at timestamptz not null)");
            ddl.execute("create table bench_outbox (id bigserial primary key, event_id uuid not null unique,"
                    + " topic text not null, message_key text not null, ce_type text not null, ce_subject text not null,"
                    + " occurred_at timestamptz not null, payload bytea not null, created_at timestamptz not null,"
                    + " sent_at timestamptz, category text, appeal_submitted_at timestamptz, trace_parent text,"
                    + " trace_state text)");
            ddl.execute("create index bench_outbox_unsent on bench_outbox (id) where sent_at is null");
        }
        AtomicLong committed = new AtomicLong();
        long end = System.nanoTime() + duration.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<CompletableFuture<Void>> workers = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            workers.add(CompletableFuture.runAsync(() -> insertUntil(jdbcUrl, user, password, end, payload, committed),
                    pool));
        }
        CompletableFuture.allOf(workers.toArray(CompletableFuture[]::new)).join();
        pool.shutdown();
        return committed.get() / seconds(System.nanoTime() - start);
    }

    private static void insertUntil(String jdbcUrl, String user, String password, long end, byte[] payload,
            AtomicLong committed) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
                PreparedStatement appeal = connection.prepareStatement("insert into bench_appeal values"
                        + " (?, ?, 'FACILITY_DAMAGE', 'The outdoor table-tennis table is broken', 29.597, 106.223,"
                        + " 'Hualong Community', '', 'APP', 'SUBMITTED', 'Wang Fang', '13812345678', ?, ?)");
                PreparedStatement outbox = connection.prepareStatement("insert into bench_outbox (event_id, topic,"
                        + " message_key, ce_type, ce_subject, occurred_at, payload, created_at, category,"
                        + " appeal_submitted_at) values (?, 'gridloop.appeals.submitted', ?, 'gridloop.appeal.submitted.v1',"
                        + " ?, ?, ?, ?, 'FACILITY_DAMAGE', ?)")) {
            connection.setAutoCommit(false);
            while (System.nanoTime() < end) {
                UUID id = UUID.randomUUID();
                Timestamp now = Timestamp.from(Instant.now());
                appeal.setObject(1, id);
                appeal.setString(2, id.toString());
                appeal.setTimestamp(3, now);
                appeal.setTimestamp(4, now);
                appeal.executeUpdate();
                outbox.setObject(1, UUID.randomUUID());
                outbox.setString(2, id.toString());
                outbox.setString(3, id.toString());
                outbox.setTimestamp(4, now);
                outbox.setBytes(5, payload);
                outbox.setTimestamp(6, now);
                outbox.setTimestamp(7, now);
                outbox.executeUpdate();
                connection.commit();
                committed.incrementAndGet();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
