package gridloop.support.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.nio.channels.ClosedChannelException;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Our outages (retried) told from failures a retry cannot mend (dead-lettered). */
class TransientFailuresTest {

    @ParameterizedTest(name = "SQLSTATE {0} transient: {1}")
    @CsvSource({
            "40001, true",  // serialization failure
            "40P01, true",  // deadlock victim
            "53300, true",  // too many connections
            "57P01, true",  // admin shutdown
            "57P02, true",  // crash shutdown
            "57P03, true",  // cannot connect now
            "08006, true",  // connection failure (class 08)
            "08001, true",
            "23505, false", // unique violation: the same message fails again
            "23503, false", // foreign key violation
            "22P02, false", // invalid text representation
            "42P01, false", // undefined table
            "57014, false", // query cancelled
    })
    void aDatabaseErrorIsTransientByItsState(String sqlState, boolean transientFailure) {
        PgException failure = new PgException("failed", "ERROR", sqlState, null);
        assertEquals(transientFailure, TransientFailures.isTransient(failure));
        assertEquals(transientFailure, TransientFailures.isTransient(new CompletionException(failure)),
                "found as a cause too");
    }

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of(new ConnectException("Connection refused"), true),
                Arguments.of(new SocketException("Connection reset"), true),
                Arguments.of(new ClosedChannelException(), true),
                Arguments.of(ClosedConnectionException.INSTANCE, true),
                Arguments.of(new UncheckedIOException(new SocketException("Broken pipe")), true),
                Arguments.of(new PgException("failed", "ERROR", null, null), false),
                Arguments.of(new IllegalStateException("a bug"), false),
                Arguments.of(new IllegalArgumentException("bad payload"), false),
                Arguments.of(new IOException("not a connection"), false),
                Arguments.of(new RuntimeException(new NullPointerException()), false));
    }

    @ParameterizedTest(name = "{0} transient: {1}")
    @MethodSource("failures")
    void connectionsThatFailAreTransientEverythingElseIsNot(Throwable failure, boolean transientFailure) {
        assertEquals(transientFailure, TransientFailures.isTransient(failure));
    }
}
