package gridloop.support.inbox;

import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import java.net.SocketException;
import java.nio.channels.ClosedChannelException;
import java.util.Set;

/**
 * Tells our own outages from bad messages. A consumer that fails because the database is away, restarting,
 * or chose it as a deadlock victim must try the same message again later; only a message that can never be
 * applied belongs in the dead-letter topic.
 */
public final class TransientFailures {

    // SQLSTATE: serialization failure, deadlock, too many connections, admin/crash shutdown, cannot connect now.
    private static final Set<String> TRANSIENT_STATES = Set.of("40001", "40P01", "53300", "57P01", "57P02", "57P03");

    private TransientFailures() {
    }

    public static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            // Refused, reset or closed connections (SocketException covers ConnectException and "Connection
            // reset"; netty's native transport reports its own IOException subclass).
            if (cause instanceof SocketException || cause instanceof ClosedChannelException
                    || cause instanceof ClosedConnectionException
                    || cause.getClass().getName().equals("io.netty.channel.unix.Errors$NativeIoException")) {
                return true;
            }
            if (cause instanceof PgException pg && pg.getSqlState() != null
                    && (pg.getSqlState().startsWith("08") || TRANSIENT_STATES.contains(pg.getSqlState()))) {
                return true;
            }
            if (cause.getClass().getName().equals("io.vertx.core.impl.NoStackTraceThrowable")
                    && String.valueOf(cause.getMessage()).contains("Connection refused")) {
                return true;
            }
        }
        return false;
    }
}
