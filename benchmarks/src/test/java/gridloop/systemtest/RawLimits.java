package gridloop.systemtest;

import gridloop.localstack.EmbeddedPostgresServer;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.ResultSet;
import java.time.Duration;
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

    /** The tables a submission writes or reads, copied with their indexes, constraints and triggers. */
    private static final List<String> SUBMISSION_TABLES = List.of("category", "appeal", "outbox_event",
            "appeal_timeline", "rate_limit_allowance");
    private static final String BENCH_SCHEMA = "gridloop_bench";

    /**
     * Submissions per second that intake's database server takes for the statements intake sends for one, from
     * {@code threads} connections at once for {@code duration}: the caller's rate-limit allowance taken (one
     * statement, committed on its own), then the appeal, its outbox row and its timeline row inserted, the open
     * appeals nearby looked up, and commit. The tables are copies of the service's own (indexes, constraints,
     * triggers, categories) in a schema of their own in the same database, and the rows have the service's shapes.
     */
    static double submissionsPerSecond(EmbeddedPostgresServer server, String database, int threads, Duration duration,
            byte[] payload) throws Exception {
        try (Connection setup = server.superuserConnection(database)) {
            copyTables(setup, database);
        }
        AtomicLong committed = new AtomicLong();
        long end = System.nanoTime() + duration.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<CompletableFuture<Void>> workers = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            workers.add(CompletableFuture.runAsync(() -> submitUntil(server, database, end, payload, committed), pool));
        }
        CompletableFuture.allOf(workers.toArray(CompletableFuture[]::new)).join();
        pool.shutdown();
        return committed.get() / seconds(System.nanoTime() - start);
    }

    private static void copyTables(Connection setup, String schema) throws SQLException {
        try (Statement ddl = setup.createStatement()) {
            ddl.execute("drop schema if exists " + BENCH_SCHEMA + " cascade");
            ddl.execute("create schema " + BENCH_SCHEMA);
            List<String> constraints = new ArrayList<>();
            List<String> triggers = new ArrayList<>();
            // Definitions read with the service's schema on the path come out unqualified, so they bind to the copies.
            ddl.execute("set search_path = " + schema);
            for (String table : SUBMISSION_TABLES) {
                ddl.execute("create table " + BENCH_SCHEMA + "." + table + " (like " + schema + "." + table
                        + " including all)");
                constraints.addAll(strings(setup, "select 'alter table " + table + " add constraint ' || conname || ' '"
                        + " || pg_get_constraintdef(oid) from pg_constraint where conrelid = '" + schema + "." + table
                        + "'::regclass and contype = 'f'"));
                triggers.addAll(strings(setup, "select pg_get_triggerdef(oid) from pg_trigger where tgrelid = '"
                        + schema + "." + table + "'::regclass and not tgisinternal").stream()
                        .map(trigger -> trigger.replaceFirst(" ON (\\S+\\.)?" + table + " ", " ON " + BENCH_SCHEMA + "." + table + " "))
                        .toList());
            }
            ddl.execute("insert into " + BENCH_SCHEMA + ".category select * from " + schema + ".category");
            ddl.execute("set search_path = " + BENCH_SCHEMA + ", " + schema);
            for (String statement : constraints) {
                ddl.execute(statement);
            }
            for (String statement : triggers) {
                ddl.execute(statement);
            }
        }
    }

    private static List<String> strings(Connection connection, String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private static void submitUntil(EmbeddedPostgresServer server, String database, long end, byte[] payload,
            AtomicLong committed) {
        try (Connection connection = server.superuserConnection(database)) {
            try (Statement path = connection.createStatement()) {
                path.execute("set search_path = " + BENCH_SCHEMA);
            }
            SubmissionStatements statements = new SubmissionStatements(connection);
            int n = 0;
            while (System.nanoTime() < end) {
                statements.submit(n++, payload);
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
