package gridloop.systemtest;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * CPU time read from {@code /proc}, in milliseconds, so a benchmark can say where the two cores went: a service
 * JVM, a PostgreSQL server with its backends, the load driver's threads, the whole machine.
 */
final class CpuTime {

    /** Linux's USER_HZ: {@code /proc} counts CPU time in ticks of 10 ms on every architecture we run on. */
    private static final long MILLIS_PER_TICK = 10;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private CpuTime() {
    }

    /** User plus system time of one process so far; 0 when it is gone. */
    static long ofProcess(long pid) {
        long[] fields = stat(pid);
        return fields == null ? 0 : (fields[1] + fields[2]) * MILLIS_PER_TICK;
    }

    /**
     * A process with its children: its own time, what its ended children spent (counted into it when it reaped them),
     * and what its live children spent so far. For PostgreSQL, whose every connection is a child process.
     */
    static long ofProcessTree(long pid) {
        long[] own = stat(pid);
        if (own == null) {
            return 0;
        }
        long ticks = own[1] + own[2] + own[3] + own[4];
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path process : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                long[] child = stat(Long.parseLong(process.getFileName().toString()));
                if (child != null && child[0] == pid) {
                    ticks += child[1] + child[2];
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot list /proc", e);
        }
        return ticks * MILLIS_PER_TICK;
    }

    /**
     * A JVM's CPU by kind of thread: {JIT compilers, the VM thread and GC workers}, in milliseconds, from its live
     * threads (a compiler thread the JVM has ended takes its time with it, so this is a lower bound).
     */
    static long[] ofJvmOverhead(long pid) {
        long jit = 0;
        long vm = 0;
        try (Stream<Path> tasks = Files.list(Path.of("/proc", String.valueOf(pid), "task"))) {
            for (Path task : tasks.toList()) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                    if (name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler")) {
                        jit += ticks;
                    } else if (name.equals("VM Thread") || name.startsWith("GC Thread") || name.startsWith("G1 ")) {
                        vm += ticks;
                    }
                } catch (IOException | RuntimeException threadEnded) {
                    // gone between the listing and the read
                }
            }
        } catch (IOException gone) {
            return new long[] {0, 0};
        }
        return new long[] {jit * MILLIS_PER_TICK, vm * MILLIS_PER_TICK};
    }

    /** The whole machine: {busy, total} milliseconds over all cores since boot (idle and I/O wait are not busy). */
    static long[] machine() {
        try {
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < cpu.length; i++) {
                total += Long.parseLong(cpu[i]);
            }
            long idle = Long.parseLong(cpu[4]) + Long.parseLong(cpu[5]);
            return new long[] {(total - idle) * MILLIS_PER_TICK, total * MILLIS_PER_TICK};
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read /proc/stat", e);
        }
    }

    /** CPU time of this JVM's threads whose names start with one of the prefixes (the load driver's). */
    static long ofThreadsNamed(List<String> prefixes) {
        long nanos = 0;
        for (ThreadInfo thread : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (thread != null && prefixes.stream().anyMatch(thread.getThreadName()::startsWith)) {
                nanos += Math.max(0, THREADS.getThreadCpuTime(thread.getThreadId()));
            }
        }
        return nanos / 1_000_000;
    }

    /** {ppid, utime, stime, cutime, cstime} in ticks, or null for a process that is gone. */
    private static long[] stat(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            // The command name in parentheses may hold spaces: count the fields after its closing one.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return new long[] {Long.parseLong(fields[1]), Long.parseLong(fields[11]), Long.parseLong(fields[12]),
                    Long.parseLong(fields[13]), Long.parseLong(fields[14])};
        } catch (IOException | RuntimeException gone) {
            return null;
        }
    }
}
