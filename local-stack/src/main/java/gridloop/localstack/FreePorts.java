package gridloop.localstack;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Finds a port nobody listens on, for tests and local runs that must not clash with each other or a running
 * stack.
 *
 * <p>A picked port stays free only until its owner binds it, which for a service process is seconds later
 * (a JVM starting), and again whenever a test kills a service or stops the broker and starts it on the same
 * port. Two things could take it in that window, and neither may:
 * <ul>
 * <li>another pick in this JVM (the system tests start two systems side by side): each port is handed out
 * once per JVM;</li>
 * <li>the kernel, which hands out ports of its ephemeral range to every {@code bind(0)} and every outgoing
 * connection (Kafka clients, connection pools, a browser): ports are picked below that range.</li>
 * </ul>
 */
public final class FreePorts {

    private static final Path EPHEMERAL_RANGE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
    /** Linux's default ephemeral range starts at 32768; IANA's at 49152. Below both, above the usual servers. */
    private static final int LOWEST = 20000;
    private static final int DEFAULT_EPHEMERAL_START = 32768;
    private static final int ATTEMPTS = 1000;
    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

    private FreePorts() {
    }

    public static int pick() {
        int end = ephemeralRangeStart();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            int candidate = random.nextInt(LOWEST, end);
            if (HANDED_OUT.add(candidate)) {
                if (isFree(candidate)) {
                    return candidate;
                }
                // In use by someone else: leave it marked, so it is not tried again.
            }
        }
        throw new IllegalStateException("No free port between " + LOWEST + " and " + end + " after " + ATTEMPTS
                + " attempts");
    }

    /** {@code port} itself, or a free one when it is 0. */
    public static int orPick(int port) {
        return port == 0 ? pick() : port;
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Where the kernel's ephemeral ports start (Linux), so that picks stay below them. */
    static int ephemeralRangeStart() {
        try {
            if (Files.isReadable(EPHEMERAL_RANGE)) {
                String[] range = Files.readString(EPHEMERAL_RANGE).trim().split("\\s+");
                int start = Integer.parseInt(range[0]);
                if (start > LOWEST + 1000) {
                    return start;
                }
            }
        } catch (IOException | RuntimeException e) {
            // fall through to the default
        }
        return DEFAULT_EPHEMERAL_START;
    }
}
