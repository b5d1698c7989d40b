package gridloop.support.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

/** Known warnings are said once in plain words; any other record passes as it is. */
class ExpectedWarningsTest {

    private static LogRecord record(Level level, String logger, String message) {
        LogRecord record = new LogRecord(level, message);
        record.setLoggerName(logger);
        return record;
    }

    @Test
    void aKnownWarningIsSaidOnceAtInfoAndItsRepeatsAreDropped() {
        ExpectedWarnings filter = new ExpectedWarnings();
        LogRecord first = record(Level.WARNING, "org.flywaydb.core.internal.command.DbMigrate",
                "outOfOrder mode is active. Migration of schema \"intake\" may not be reproducible.");
        assertTrue(filter.isLoggable(first));
        assertEquals(Level.INFO, first.getLevel());
        assertTrue(first.getMessage().startsWith("Flyway applies migrations out of order on purpose"), first.getMessage());
        assertFalse(filter.isLoggable(record(Level.WARNING, "org.flywaydb.core.internal.command.DbMigrate",
                "outOfOrder mode is active. Migration of schema \"intake\" may not be reproducible.")));
        LogRecord gauge = record(Level.WARNING, "io.micrometer.core.instrument.MeterRegistry",
                "This Gauge has been already registered (MeterId{name='postgresql.queue.size', tags=[]})");
        assertTrue(filter.isLoggable(gauge));
        assertEquals(Level.INFO, gauge.getLevel());
    }

    @Test
    void aBlockedEventLoopBeforeTheServiceServesIsSaidOnceAfterwardsItIsAWarningWithItsStack() {
        ExpectedWarnings.starting();
        try {
            ExpectedWarnings filter = new ExpectedWarnings();
            LogRecord atStart = blocked(2949);
            assertTrue(filter.isLoggable(atStart));
            assertEquals(Level.INFO, atStart.getLevel());
            assertTrue(atStart.getMessage().startsWith("An event loop was busy for 2949 ms while the service started"),
                    atStart.getMessage());
            assertEquals(null, atStart.getThrown(), "no stack trace for an expected pause");
            assertFalse(filter.isLoggable(blocked(3816)), "said once");

            ExpectedWarnings.serving();
            LogRecord serving = blocked(2100);
            assertTrue(filter.isLoggable(serving));
            assertEquals(Level.WARNING, serving.getLevel());
            assertTrue(serving.getMessage().contains("has been blocked for 2100 ms"));
            assertTrue(serving.getThrown() != null, "the stack shows where");
        } finally {
            ExpectedWarnings.serving();
        }
    }

    private static LogRecord blocked(long millis) {
        LogRecord record = record(Level.WARNING, ExpectedWarnings.BLOCKED_THREAD_LOGGER, "Thread Thread[vert.x-eventloop-"
                + "thread-0,5,main] has been blocked for " + millis + " ms, time limit is 2000 ms");
        record.setThrown(new IllegalStateException("Thread blocked"));
        return record;
    }

    @Test
    void everyOtherRecordPassesUntouched() {
        ExpectedWarnings.serving();
        ExpectedWarnings filter = new ExpectedWarnings();
        LogRecord otherGauge = record(Level.WARNING, "io.micrometer.core.instrument.MeterRegistry",
                "This Gauge has been already registered (MeterId{name='gridloop.outbox.unsent', tags=[]})");
        LogRecord flywayError = record(Level.SEVERE, "org.flywaydb.core.internal.command.DbMigrate",
                "outOfOrder mode is active, and then something failed");
        LogRecord blocked = record(Level.WARNING, "io.vertx.core.impl.BlockedThreadChecker", "Thread blocked");
        for (LogRecord record : new LogRecord[] {otherGauge, flywayError, blocked}) {
            Level before = record.getLevel();
            String message = record.getMessage();
            assertTrue(filter.isLoggable(record));
            assertSame(before, record.getLevel());
            assertSame(message, record.getMessage());
        }
    }
}
