package gridloop.systemtest;

import gridloop.events.Actor;
import gridloop.events.AppealSubmitted;
import gridloop.events.EventCodec;
import gridloop.events.Location;
import gridloop.localstack.EmbeddedKafkaBroker;
import gridloop.localstack.ServiceProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The loop benchmark, for {@code bench/loop-benchmark.sh}: the limits of the parts (producer, database), then the
 * real system (four service processes, broker, durable databases, all on this machine) in open loop: a step-up that
 * finds the highest rate the loop sustains with points over the whole district and again with all in one grid, then
 * the fixed rates of the targets, memory and (with {@code -Dgridloop.bench.jfr}) flame graphs, printed as tables.
 * Skipped unless {@code -Dgridloop.benchmark=true}; not a timed test: it fails only if the loop itself breaks
 * (an accepted appeal never assigned).
 */
@EnabledIfSystemProperty(named = "gridloop.benchmark", matches = "true")
class LoopBenchmark {

    private static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("gridloop.bench.warmup-seconds", 120));
    private static final int WARM_UP_RATE = Integer.getInteger("gridloop.bench.warmup-rate", 30);
    private static final int CONNECTIONS = Integer.getInteger("gridloop.bench.connections", 16);
    /** How long each step of the step-up holds its rate. */
    private static final Duration STEP = Duration.ofSeconds(Long.getLong("gridloop.bench.step-seconds", 60));
    private static final List<Integer> STEPS = Arrays.stream(System.getProperty("gridloop.bench.steps",
            "10,20,30,40,50,60,70,80,100,150,200,300,500,750,1000").split(",")).map(String::trim).map(Integer::valueOf).toList();
    /** The rates the targets name. */
    private static final List<Integer> FIXED_RATES = Arrays.stream(System.getProperty("gridloop.bench.fixed-rates",
            "10,100").split(",")).map(String::trim).map(Integer::valueOf).toList();
    private static final Duration FIXED = Duration.ofSeconds(Long.getLong("gridloop.bench.fixed-seconds", 60));

    private final List<String[]> rows = new ArrayList<>();
    private final List<LoadPhase.Result> phases = new ArrayList<>();

    @Test
    void figuresOfTheLoopOnThisMachine() throws Exception {
        long coldStart = System.nanoTime();
        RunningSystem system = RunningSystem.shared();
        row("cold start: broker, 2 PostgreSQL servers, 4 services to all ready", seconds(System.nanoTime() - coldStart));
        // Two cores for the whole start: CPU near twice the wall time means the start is CPU-bound, not waiting.
        long startCpu = system.services().stream().mapToLong(service -> CpuTime.ofProcess(service.pid())).sum();
        long startJit = system.services().stream().mapToLong(service -> CpuTime.ofJvmOverhead(service.pid())[0]).sum();
        row("cold start: CPU the 4 services used until ready (of it, JIT compilers)",
                String.format("%.1f s (%.1f s)", startCpu / 1000.0, startJit / 1000.0));

        byte[] payload = EventCodec.encode(new AppealSubmitted(UUID.randomUUID(), "GL-20261129-000001",
                "FACILITY_DAMAGE", "The outdoor table-tennis table is broken",
                new Location(29.597, 106.223, "Hualong Community"), List.of(), "APP", null, Actor.system("bench"), Instant.now()));
        system.broker.createTopics(Set.of("gridloop.bench.raw"), EmbeddedKafkaBroker.DEFAULT_PARTITIONS);
        double kafka = RawLimits.kafkaRecordsPerSecond(system.broker.clientSettings(), "gridloop.bench.raw",
                payload, 100_000);
        row("raw Kafka producer, acks=all, idempotent, " + payload.length + " B records", perSecond(kafka, "records"));
        double postgres = RawLimits.submissionsPerSecond(system.postgres, "intake", CONNECTIONS, Duration.ofSeconds(20),
                payload);
        row("raw PostgreSQL (durable): intake's statements of one submission, " + CONNECTIONS + " connections",
                perSecond(postgres, "submissions"));

        // Four JVMs compiling their hot paths on two cores: measure after the JIT has settled.
        LoadPhase.Result warmUp = LoadPhase.run(system, WARM_UP_RATE, WARM_UP, LoadDrivers.Points.SPREAD);
        row("CPU when idle, ms per second", LoadPhase.idleCpuPerSecond(system, Duration.ofSeconds(10)).entrySet().stream()
                .map(e -> String.format("%s %.0f", e.getKey(), e.getValue())).collect(Collectors.joining(", ")));
        int sustained = stepUp(system, LoadDrivers.Points.SPREAD);
        row("sustained submit->assigned, points over the whole district", perSecond(sustained, "appeals"));
        row("sustained / raw PostgreSQL limit for the same statements", String.format("%.1f %%", 100 * sustained / postgres));
        int hotSpot = stepUp(system, LoadDrivers.Points.HOT_SPOT);
        row("sustained submit->assigned, hot spot: all points in one grid", perSecond(hotSpot, "appeals"));
        for (int rate : FIXED_RATES) {
            LoadPhase.Result fixed = phase(system, rate, FIXED, LoadDrivers.Points.SPREAD);
            row("open loop " + rate + "/s for " + FIXED.toSeconds() + " s: accepted", String.format("%,d of %,d",
                    fixed.accepted(), fixed.offered()));
            row("open loop " + rate + "/s: POST p50 / p99", String.format("%d / %d ms", fixed.post(0.5), fixed.post(0.99)));
            row("open loop " + rate + "/s: submit -> assigned published p50 / p99", String.format("%d / %d ms",
                    fixed.assigned(0.5), fixed.assigned(0.99)));
        }
        for (ServiceProcess service : system.services()) {
            row("RSS of " + service.name() + " after the run", Rss.megabytes(service.pid()));
        }
        for (String name : RunningSystem.profiled()) {
            flameGraph(system, name);
        }
        print(warmUp);
    }

    /** Steps the rate up until a step does not hold; returns the last rate that held (0 if none did). */
    private int stepUp(RunningSystem system, LoadDrivers.Points points) throws Exception {
        int held = 0;
        for (int rate : STEPS) {
            LoadPhase.Result step = phase(system, rate, STEP, points);
            if (!step.held()) {
                break;
            }
            held = rate;
        }
        return held;
    }

    private LoadPhase.Result phase(RunningSystem system, int rate, Duration duration, LoadDrivers.Points points)
            throws Exception {
        LoadPhase.Result result = LoadPhase.run(system, rate, duration, points);
        phases.add(result);
        System.out.println("BENCH-PHASE " + String.join(" | ", phaseRow(result)));
        return result;
    }

    private static void flameGraph(RunningSystem system, String name) throws Exception {
        ServiceProcess service = system.services().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
        Path recording = Path.of("target", name + ".jfr");
        RunningSystem.dumpFlightRecording(service, recording);
        Path svg = Path.of("target", name + "-flame.svg");
        long samples = FlameGraphSvg.write(recording, svg, name + ": CPU samples over the whole loop benchmark");
        System.out.printf("BENCH flame graph of %s: %s (%,d samples)%n", name, svg.toAbsolutePath(), samples);
    }

    private static String[] phaseRow(LoadPhase.Result r) {
        Map<String, Double> cpu = r.cpuPerAppeal();
        double services = cpu.entrySet().stream().filter(e -> !e.getKey().startsWith("postgres")
                && !e.getKey().startsWith("broker") && !e.getKey().equals("driver") && !e.getKey().endsWith(" JIT")
                && !e.getKey().endsWith(" GC")).mapToDouble(Map.Entry::getValue).sum();
        return new String[] {
            r.rate() + "/s", r.points() == LoadDrivers.Points.SPREAD ? "district" : "one grid", r.seconds() + " s",
            String.format("%,d / %,d", r.accepted(), r.offered()), String.format("%d / %d", r.post(0.5), r.post(0.99)),
            String.format("%d / %d", r.assigned(0.5), r.assigned(0.99)),
            String.format("%,d (max %,d)", r.inFlightAtEnd(), r.maxInFlight()), r.held() ? "yes" : "**no**",
            String.format("%.0f %%", 100 * r.machineBusy()),
            cpu.entrySet().stream().map(e -> String.format("%s %.1f", e.getKey(), e.getValue()))
                    .collect(Collectors.joining(", ")) + String.format("; services together %.1f", services)};
    }

    private void row(String what, String figure) {
        rows.add(new String[] {what, figure});
        System.out.printf("BENCH %s: %s%n", what, figure);
    }

    private void print(LoadPhase.Result warmUp) {
        StringBuilder table = new StringBuilder(String.format("%n| %-72s | %-26s |%n| %s | %s |%n", "GridLoop loop benchmark",
                "figure", "-".repeat(72), "-".repeat(26)));
        rows.forEach(row -> table.append(String.format("| %-72s | %-26s |%n", row[0], row[1])));
        table.append(String.format("%n| rate | points | for | accepted / sent | POST p50 / p99 ms | submit->assigned p50 / p99 ms"
                + " | in flight at end | held | machine busy | CPU ms per appeal |%n|%s%n", " --- |".repeat(10)));
        phases.forEach(phase -> table.append("| ").append(String.join(" | ", phaseRow(phase))).append(" |\n"));
        table.append(String.format("(warm-up: %,d appeals at %d/s; %d cores, Java %s; the driver and the broker share the"
                + " test JVM; a step holds when what is in flight at its end is at most %d s of arrivals)%n",
                warmUp.accepted(), WARM_UP_RATE, Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), LoadPhase.BOUNDED_SECONDS));
        System.out.println(table);
    }

    private static String seconds(long nanos) {
        return String.format("%.1f s", nanos / 1e9);
    }

    private static String perSecond(double value, String unit) {
        return String.format("%,.0f %s/s", value, unit);
    }
}
