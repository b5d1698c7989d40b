package gridloop.systemtest;

import gridloop.localstack.EmbeddedPostgresServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Holds a service's event handlers in the middle of their transaction, so records reach its consumers and
 * wait there unapplied: an EXCLUSIVE lock on its {@code processed_event} table, the row every handler
 * writes first (reads, the relay and the REST API go on). Closing releases it.
 */
final class HeldHandlers implements AutoCloseable {

    final String service;
    private final Connection db;

    private HeldHandlers(String service, Connection db) {
        this.service = service;
        this.db = db;
    }

    /** Takes the lock in the service's database (named after the service) and keeps it until closed. */
    static HeldHandlers in(EmbeddedPostgresServer server, String service) throws SQLException {
        Connection db = DriverManager.getConnection(server.jdbcUrl(service), EmbeddedPostgresServer.USER,
                EmbeddedPostgresServer.PASSWORD);
        try (Statement statement = db.createStatement()) {
            db.setAutoCommit(false);
            statement.execute("lock table processed_event in exclusive mode");
        } catch (SQLException e) {
            db.close();
            throw e;
        }
        return new HeldHandlers(service, db);
    }

    /** Handlers (of any instance of the service) waiting for the lock right now. */
    long waiting() throws SQLException {
        try (Statement statement = db.createStatement();
             ResultSet rows = statement.executeQuery("""
                     select count(*) from pg_locks l
                     where not l.granted and l.relation = 'processed_event'::regclass
                       and l.database = (select oid from pg_database where datname = current_database())
                     """)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            db.rollback();
        } finally {
            db.close();
        }
    }
}
