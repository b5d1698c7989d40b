package gridloop.support.logging;

import io.quarkus.logging.LoggingFilter;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Filter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A warning must mean something is wrong. Two that every start printed do not, and are known:
 * <ul>
 *   <li>Flyway's "outOfOrder mode is active": on purpose. The shared plumbing's migrations (db/gridloop-support,
 *       versions 0.x) come before each service's own, and one added later must still be applied to a database
 *       that is further along.</li>
 *   <li>Micrometer's "This Gauge has been already registered" for {@code postgresql.queue.size}: Quarkus registers
 *       the reactive pool's queue gauge twice (quarkusio/quarkus#47504, fixed after 3.33); the metric works.</li>
 * </ul>
 * And one that is expected only while a service starts:
 * <ul>
 *   <li>Vert.x's "Thread … has been blocked" while the service starts: the first queries of a cold JVM (classes
 *       loaded, nothing compiled yet) run on an event loop, and took 2–8 s when four services started together on
 *       two cores. {@code HqlWarmUp} does the costliest part ahead, on the main thread. The start counts until
 *       {@code gridloop.logging.start-up-grace} (60 s) after the last start-up observer ({@code ServingFromNowOn});
 *       from then on ({@link #serving()}) a blocked event loop is a real problem and is left a warning, with its
 *       stack.</li>
 * </ul>
 * Each is said once, in plain words at INFO, and its repeats are dropped. Every other record passes untouched.
 * Applied to the console by {@code quarkus.log.console.filter} (service-support's shared configuration).
 */
@LoggingFilter(name = ExpectedWarnings.NAME)
public final class ExpectedWarnings implements Filter {

    public static final String NAME = "gridloop-expected-warnings";

    /** A known warning: its logger, a phrase of its message, and what to say instead, once. */
    record Known(String logger, String phrase, String plainWords) {
        boolean matches(LogRecord record) {
            // The phrase may be in the message or in one of its parameters (a message format with placeholders).
            String text = record.getMessage() + " " + java.util.Arrays.toString(record.getParameters());
            return logger.equals(record.getLoggerName()) && text.contains(phrase);
        }
    }

    static final List<Known> KNOWN = List.of(
            new Known("org.flywaydb.core.internal.command.DbMigrate", "outOfOrder mode is active",
                    "Flyway applies migrations out of order on purpose: the shared plumbing's (db/gridloop-support) "
                            + "come before this service's own, and a later one must still reach a database further "
                            + "along"),
            new Known("io.micrometer.core.instrument.MeterRegistry", "postgresql.queue.size",
                    "Quarkus registers the reactive pool's queue gauge (postgresql.queue.size) twice; the second "
                            + "registration is ignored and the metric works (quarkusio/quarkus#47504)"));

    static final String BLOCKED_THREAD_LOGGER = "io.vertx.core.impl.BlockedThreadChecker";
    private static final Pattern BLOCKED_FOR = Pattern.compile("blocked for (\\d+) ms");
    private static final AtomicBoolean SERVING = new AtomicBoolean();

    private final Set<Known> said = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean startupBlockSaid = new AtomicBoolean();

    /** From now on the service serves: a blocked event loop is a real problem again. */
    public static void serving() {
        SERVING.set(true);
    }

    static void starting() {
        SERVING.set(false);
    }

    @Override
    public boolean isLoggable(LogRecord record) {
        // By value: the log manager has levels of its own (WARN), equal to java.util.logging's WARNING.
        if (record.getLevel().intValue() != Level.WARNING.intValue()) {
            return true;
        }
        if (BLOCKED_THREAD_LOGGER.equals(record.getLoggerName()) && !SERVING.get()) {
            return sayStartupBlockOnce(record);
        }
        for (Known known : KNOWN) {
            if (known.matches(record)) {
                if (!said.add(known)) {
                    return false;
                }
                record.setLevel(Level.INFO);
                record.setMessage(known.plainWords());
                record.setParameters(null);
                return true;
            }
        }
        return true;
    }

    private boolean sayStartupBlockOnce(LogRecord record) {
        if (!startupBlockSaid.compareAndSet(false, true)) {
            return false;
        }
        Matcher blocked = BLOCKED_FOR.matcher(String.valueOf(record.getMessage()));
        String howLong = blocked.find() ? " for " + blocked.group(1) + " ms" : "";
        record.setLevel(Level.INFO);
        record.setMessage("An event loop was busy" + howLong + " while the service started (a cold JVM's first "
                + "queries; said once for the start). From a minute after the start on, a blocked event loop is "
                + "reported as a warning");
        record.setParameters(null);
        record.setThrown(null);
        return true;
    }
}
