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
    void everyOtherRecordPassesUntouched() {
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
