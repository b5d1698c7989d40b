package gridloop.testkit;

import gridloop.localstack.EmbeddedPostgresServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;

/** A service's outbox as the tests see it: for waiting until everything it wrote is on the topics. */
public final class OutboxRows {

    private OutboxRows() {
    }

    /** Rows the relay has not yet seen acknowledged by the broker. */
    public static long unsent(EmbeddedPostgresServer server, String database) throws SQLException {
        try (Connection connection = server.connect(database);
             ResultSet unsent = connection.createStatement()
                     .executeQuery("select count(*) from outbox_event where sent_at is null")) {
            unsent.next();
            return unsent.getLong(1);
        }
    }
}
