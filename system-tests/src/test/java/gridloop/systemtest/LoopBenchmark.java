package gridloop.systemtest;

import gridloop.localstack.EmbeddedKafkaBroker;
import gridloop.testkit.Tokens;
import gridloop.events.Actor;
import gridloop.events.AppealSubmitted;
import gridloop.events.CloudEventHeaders;
import gridloop.events.EventCodec;
import gridloop.events.Location;
import gridloop.events.Topics;
import gridloop.localstack.EmbeddedPostgresServer;
import gridloop.testkit.KafkaTestClient;
import gridloop.localstack.ServiceProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The loop benchmark, for {@code bench/loop-benchmark.sh}: the limits of the parts (producer, database), then the
 * real system (three service processes, broker, databases, all on this machine) closed loop and open loop,
 * then memory, printed as one table. Skipped unless {@code -Dgridloop.benchmark=true}; not a timed test: it
 * fails only if the loop itself breaks (appeals not assigned).
 */
@EnabledIfSystemProperty(named = "gridloop.benchmark", matches = "true")
class LoopBenchmark {

    private static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("gridloop.bench.warmup-seconds", 60));
    private static final int CLIENTS = Integer.getInteger("gridloop.bench.clients", 16);
    private static final Duration CLOSED_LOOP = Duration.ofSeconds(Long.getLong("gridloop.bench.closed-seconds", 60));
    private static final int OPEN_RATE = Integer.getInteger("gridloop.bench.open-rate", 100);
    /** A rate the machine can take, so the latencies are the loop's and not a queue's. */
    private static final int OPEN_RATE_LOW = Integer.getInteger("gridloop.bench.open-rate-low", 10);
    private static final Duration OPEN_LOOP = Duration.ofSeconds(Long.getLong("gridloop.bench.open-seconds", 60));

    private final List<String[]> rows = new ArrayList<>();

    @Test
    void figuresOfTheLoopOnThisMachine() throws Exception {
        long coldStart = System.nanoTime();
        RunningSystem system = RunningSystem.shared();
        row("cold start: broker, 2 PostgreSQL servers, 3 services to all ready", seconds(System.nanoTime() - coldStart));

        byte[] payload = EventCodec.encode(new AppealSubmitted(UUID.randomUUID(), "GL-20261129-000001",
                "FACILITY_DAMAGE", "The outdoor table-tennis table is broken",
                new Location(29.597, 106.223, "Hualong Community"), List.of(), "APP", null, Actor.system("bench"), Instant.now()));
        system.broker.createTopics(java.util.Set.of("gridloop.bench.raw"), EmbeddedKafkaBroker.DEFAULT_PARTITIONS);
        double kafka = RawLimits.kafkaRecordsPerSecond(system.broker.clientSettings(), "gridloop.bench.raw",
                payload, 100_000);
        row("raw Kafka producer, acks=all, idempotent, " + payload.length + " B records", perSecond(kafka, "records"));
        EmbeddedPostgresServer intakeServer = system.databaseServerOf("intake");
        intakeServer.ensureDatabase("bench");
        double postgres = RawLimits.postgresTransactionsPerSecond(intakeServer.jdbcUrl("bench"),
                EmbeddedPostgresServer.USER, EmbeddedPostgresServer.PASSWORD, CLIENTS, Duration.ofSeconds(20), payload);
        row("raw PostgreSQL, appeal + outbox row per tx, " + CLIENTS + " connections", perSecond(postgres, "tx"));

        // Each phase starts quiet: every group has consumed everything and every outbox is empty, so no phase
        // carries the previous one's tail.
        system.awaitQuiet();
        long tasksAtStart = tasks(system);
        // Three JVMs compiling their hot paths on two cores: measure after the JIT has settled.
        long warmUp = LoadDrivers.closedLoop(system.intake.url(), system.token(Tokens.RESIDENT), CLIENTS, WARM_UP);
        await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(200))
                .until(() -> tasks(system) >= tasksAtStart + warmUp);
        system.awaitQuiet();
        long tasksBefore = tasks(system);
        long start = System.nanoTime();
        long accepted = LoadDrivers.closedLoop(system.intake.url(), system.token(Tokens.RESIDENT), CLIENTS, CLOSED_LOOP);
        double window = (System.nanoTime() - start) / 1e9;
        long assignedInWindow = tasks(system) - tasksBefore;
        long drainStart = System.nanoTime();
        await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(200))
                .until(() -> tasks(system) >= tasksBefore + accepted);
        double drain = (System.nanoTime() - drainStart) / 1e9;
        row("closed loop, " + CLIENTS + " clients, " + CLOSED_LOOP.toSeconds() + " s: accepted (202)",
                perSecond(accepted / window, "appeals"));
        row("closed loop: assigned during the window", perSecond(assignedInWindow / window, "appeals"));
        row("closed loop: assignments still queued at the end, drained in", String.format("%,d in %.1f s",
                accepted - assignedInWindow, drain));
        row("closed-loop assigned / raw PostgreSQL limit", String.format("%.0f %%", 100 * assignedInWindow / window / postgres));

        system.awaitQuiet();
        openLoop(system, OPEN_RATE_LOW, Duration.ofSeconds(30));
        system.awaitQuiet();
        openLoop(system, OPEN_RATE, OPEN_LOOP);
        for (ServiceProcess service : List.of(system.intake, system.dispatch, system.feedback)) {
            row("RSS of " + service.name() + " after the run (-Xmx256m, SerialGC)", rssMegabytes(service.pid()));
        }
        print(warmUp);
    }

    /** Requests at fixed times; latencies from when each was due. */
    private void openLoop(RunningSystem system, int rate, Duration duration) throws Exception {
        List<LoadDrivers.Sent> sent = LoadDrivers.openLoop(system.intake.url(), system.token(Tokens.RESIDENT), rate, duration);
        List<Long> post = sent.stream().map(s -> s.latencyNanos() / 1000).sorted().toList();
        Map<String, Long> dueById = sent.stream().filter(s -> s.appealId() != null)
                .collect(Collectors.toMap(LoadDrivers.Sent::appealId, LoadDrivers.Sent::intendedEpochMillis));
        List<Long> assigned = submitToAssignedMillis(system, dueById);
        assertTrue(assigned.size() == dueById.size(), assigned.size() + " of " + dueById.size() + " assigned");
        long answered = sent.stream().filter(x -> x.appealId() != null).count();
        row("open loop " + rate + "/s for " + duration.toSeconds() + " s: accepted", String.format("%,d of %,d",
                answered, sent.size()));
        row("open loop " + rate + "/s: POST p50 / p95 / p99",
                String.format("%.1f / %.1f / %.1f ms", LoadDrivers.percentile(post, 0.50) / 1000.0,
                        LoadDrivers.percentile(post, 0.95) / 1000.0, LoadDrivers.percentile(post, 0.99) / 1000.0));
        row("open loop " + rate + "/s: submit -> assigned published p50 / p95 / p99",
                String.format("%d / %d / %d ms", LoadDrivers.percentile(assigned, 0.50),
                        LoadDrivers.percentile(assigned, 0.95), LoadDrivers.percentile(assigned, 0.99)));
    }

    /** When each appeal's assigned event was published (its record timestamp) after its POST was due. */
    private static List<Long> submitToAssignedMillis(RunningSystem system, Map<String, Long> dueById) {
        Map<String, Long> latency = new HashMap<>();
        Set<String> wanted = dueById.keySet();
        int[] scanned = {0};
        List<ConsumerRecord<String, byte[]>> records = system.kafka().readUntil(Topics.APPEALS_DISPATCH,
                Duration.ofMinutes(2), list -> {
                    for (ConsumerRecord<String, byte[]> r : list.subList(scanned[0], list.size())) {
                        if (wanted.contains(r.key())
                                && "gridloop.appeal.assigned.v1".equals(KafkaTestClient.header(r, CloudEventHeaders.TYPE))) {
                            latency.putIfAbsent(r.key(), r.timestamp() - dueById.get(r.key()));
                        }
                    }
                    scanned[0] = list.size();
                    return latency.size() >= wanted.size();
                });
        assertTrue(!records.isEmpty(), "the dispatch topic was read");
        return latency.values().stream().sorted().toList();
    }

    private static long tasks(RunningSystem system) throws SQLException {
        return LoopLedger.total(system.dispatchPostgres, "dispatch", "select count(*) from task");
    }

    private static String rssMegabytes(long pid) throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                long kilobytes = Long.parseLong(line.replaceAll("[^0-9]", ""));
                return String.format("%.0f MB", kilobytes / 1024.0);
            }
        }
        return "n/a";
    }

    private void row(String what, String figure) {
        rows.add(new String[] {what, figure});
        System.out.printf("BENCH %s: %s%n", what, figure);
    }

    private void print(long warmUp) {
        StringBuilder table = new StringBuilder(String.format("%n| %-72s | %-26s |%n| %s | %s |%n", "GridLoop loop benchmark",
                "figure", "-".repeat(72), "-".repeat(26)));
        rows.forEach(row -> table.append(String.format("| %-72s | %-26s |%n", row[0], row[1])));
        table.append(String.format("(warm-up before the closed loop: %,d appeals in %d s; %d cores, Java %s)%n", warmUp,
                WARM_UP.toSeconds(),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version")));
        System.out.println(table);
    }

    private static String seconds(long nanos) {
        return String.format("%.1f s", nanos / 1e9);
    }

    private static String perSecond(double value, String unit) {
        return String.format("%,.0f %s/s", value, unit);
    }
}
