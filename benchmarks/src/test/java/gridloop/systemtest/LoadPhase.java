package gridloop.systemtest;

import static org.awaitility.Awaitility.await;

import gridloop.events.CloudEventHeaders;
import gridloop.events.Topics;
import gridloop.testkit.KafkaTestClient;
import gridloop.testkit.OutboxRows;
import gridloop.testkit.Tokens;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * One open-loop phase of the loop benchmark: it starts quiet (every consumer caught up, every outbox empty), sends
 * {@code rate} submissions a second for a while, and is measured until the system is quiet again, so the CPU it
 * reports per appeal is all the work those appeals caused, in every process.
 */
final class LoadPhase {

    /** A phase holds when the work still in flight at its end is at most this many seconds of arrivals. */
    static final int BOUNDED_SECONDS = 2;
    private static final String ASSIGNED = "gridloop.appeal.assigned.v1";

    /** What a phase did. CPU is in milliseconds per accepted appeal, by process (or group of processes). */
    record Result(int rate, LoadDrivers.Points points, int seconds, int offered, long accepted, List<Long> postMicros,
            List<Long> assignedMillis, long inFlightAtEnd, long maxInFlight, Map<String, Double> cpuPerAppeal,
            double machineBusy) {

        /**
         * Held: (nearly) every request accepted, and what was accepted but not yet assigned and published at the end
         * is no more than {@value #BOUNDED_SECONDS} s of arrivals, i.e. the backlog did not grow over the phase.
         */
        boolean held() {
            return accepted >= 0.99 * offered && inFlightAtEnd <= Math.max(10, (long) BOUNDED_SECONDS * rate);
        }

        long post(double fraction) {
            return LoadDrivers.percentile(postMicros, fraction) / 1000;
        }

        long assigned(double fraction) {
            return LoadDrivers.percentile(assignedMillis, fraction);
        }
    }

    private LoadPhase() {
    }

    static Result run(RunningSystem system, int rate, Duration duration, LoadDrivers.Points points) throws Exception {
        system.awaitQuiet();
        Map<String, LongSupplier> cpu = cpuAccounts(system);
        Map<String, Long> cpuBefore = snapshot(cpu);
        long[] machineBefore = CpuTime.machine();
        long tasksBefore = tasks(system);
        AtomicLong accepted = new AtomicLong();
        long start = System.nanoTime();
        var answers = LoadDrivers.openLoop(system.intake.url(), system.token(Tokens.RESIDENT), rate, duration, points,
                accepted);
        long inFlight = 0;
        long maxInFlight = 0;
        // Once a second: accepted but not yet assigned, plus assignments not yet published.
        for (long second = 1; second <= duration.toSeconds(); second++) {
            long due = start + TimeUnit.SECONDS.toNanos(second);
            TimeUnit.NANOSECONDS.sleep(Math.max(0, due - System.nanoTime()));
            // An appeal can be assigned before the driver has read its 202: never count fewer than none.
            inFlight = Math.max(0, accepted.get() - (tasks(system) - tasksBefore)
                    + OutboxRows.unsent(system.dispatchPostgres, "dispatch"));
            maxInFlight = Math.max(maxInFlight, inFlight);
        }
        long[] machineAfter = CpuTime.machine();
        List<LoadDrivers.Sent> sent = answers.get(3, TimeUnit.MINUTES);
        long acceptedCount = sent.stream().filter(s -> s.appealId() != null).count();
        await().atMost(Duration.ofMinutes(15)).pollInterval(Duration.ofMillis(200))
                .until(() -> tasks(system) >= tasksBefore + acceptedCount);
        system.awaitQuiet();
        Map<String, Long> cpuAfter = snapshot(cpu);
        Map<String, Double> perAppeal = new LinkedHashMap<>();
        cpuAfter.forEach((name, millis) -> perAppeal.put(name, (millis - cpuBefore.get(name)) / (double) Math.max(1, acceptedCount)));
        Map<String, Long> dueById = sent.stream().filter(s -> s.appealId() != null)
                .collect(Collectors.toMap(LoadDrivers.Sent::appealId, LoadDrivers.Sent::intendedEpochMillis));
        return new Result(rate, points, (int) duration.toSeconds(), sent.size(), acceptedCount,
                sent.stream().map(s -> s.latencyNanos() / 1000).sorted().toList(), submitToAssignedMillis(system, dueById),
                inFlight, maxInFlight, perAppeal,
                (machineAfter[0] - machineBefore[0]) / (double) Math.max(1, machineAfter[1] - machineBefore[1]));
    }

    /**
     * CPU milliseconds per second each process spends with nothing to do (consumers polling, relays and jobs on
     * their timers, the command centre's feed), measured quiet: at low rates this is a large part of the per-appeal
     * figures.
     */
    static Map<String, Double> idleCpuPerSecond(RunningSystem system, Duration duration) throws Exception {
        system.awaitQuiet();
        Map<String, LongSupplier> cpu = cpuAccounts(system);
        Map<String, Long> before = snapshot(cpu);
        long start = System.nanoTime();
        TimeUnit.NANOSECONDS.sleep(duration.toNanos());
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, Double> perSecond = new LinkedHashMap<>();
        snapshot(cpu).forEach((name, millis) -> perSecond.put(name, (millis - before.get(name)) / seconds));
        return perSecond;
    }

    /**
     * Where the CPU goes: each service (and, within it, its JIT compilers and its VM/GC threads), each database server
     * with its backends, the test JVM and the driver in it.
     */
    private static Map<String, LongSupplier> cpuAccounts(RunningSystem system) {
        Map<String, LongSupplier> accounts = new LinkedHashMap<>();
        for (var service : system.services()) {
            long pid = service.pid();
            accounts.put(service.name(), () -> CpuTime.ofProcess(pid));
            accounts.put(service.name() + " JIT", () -> CpuTime.ofJvmOverhead(pid)[0]);
            accounts.put(service.name() + " GC", () -> CpuTime.ofJvmOverhead(pid)[1]);
        }
        long shared = system.postgres.pid();
        long dispatch = system.dispatchPostgres.pid();
        accounts.put("postgres", () -> CpuTime.ofProcessTree(shared));
        accounts.put("postgres-dispatch", () -> CpuTime.ofProcessTree(dispatch));
        long self = ProcessHandle.current().pid();
        accounts.put("broker+driver", () -> CpuTime.ofProcess(self));
        accounts.put("driver", () -> CpuTime.ofThreadsNamed(LoadDrivers.THREADS));
        return accounts;
    }

    private static Map<String, Long> snapshot(Map<String, LongSupplier> accounts) {
        Map<String, Long> values = new LinkedHashMap<>();
        accounts.forEach((name, account) -> values.put(name, account.getAsLong()));
        return values;
    }

    static long tasks(RunningSystem system) throws SQLException {
        return LoopLedger.total(system.dispatchPostgres, "dispatch", "select count(*) from task");
    }

    /** When each appeal's assigned event was published (its record timestamp) after its POST was due. */
    private static List<Long> submitToAssignedMillis(RunningSystem system, Map<String, Long> dueById) {
        Map<String, Long> latency = new HashMap<>();
        Set<String> wanted = dueById.keySet();
        int[] scanned = {0};
        system.kafka().readUntil(Topics.APPEALS_DISPATCH, Duration.ofMinutes(3), records -> {
            for (ConsumerRecord<String, byte[]> record : records.subList(scanned[0], records.size())) {
                if (wanted.contains(record.key()) && ASSIGNED.equals(KafkaTestClient.header(record, CloudEventHeaders.TYPE))) {
                    latency.putIfAbsent(record.key(), record.timestamp() - dueById.get(record.key()));
                }
            }
            scanned[0] = records.size();
            return latency.size() >= wanted.size();
        });
        if (latency.size() < wanted.size()) {
            throw new AssertionError(latency.size() + " of " + wanted.size() + " appeals have an assigned event");
        }
        return latency.values().stream().sorted().toList();
    }
}
