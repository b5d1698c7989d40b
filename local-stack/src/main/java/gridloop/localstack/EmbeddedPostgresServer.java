package gridloop.localstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * A real PostgreSQL server from the binaries that zonky ships on Maven Central. The data directory is
 * kept between starts unless {@code fresh} is asked for, so the local run survives a restart.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    /** The superuser: creates the databases and roles; no service connects as it. */
    public static final String USER = "postgres";
    /** The embedded server trusts local connections; the services still send a password as they would in prod. */
    public static final String PASSWORD = "postgres";

    private final int port;
    private final Path dataDir;
    private final boolean fresh;
    private final boolean durable;
    private volatile EmbeddedPostgres postgres;
    private boolean startedOnce;

    /**
     * @param durable false for throwaway test databases: fsync off makes them faster and changes nothing
     *                a test can observe short of a power cut
     */
    public EmbeddedPostgresServer(int port, Path dataDir, boolean fresh, boolean durable) {
        this.port = FreePorts.orPick(port);
        this.dataDir = dataDir;
        this.fresh = fresh;
        this.durable = durable;
    }

    public synchronized EmbeddedPostgresServer start() {
        if (postgres != null) {
            return this;
        }
        try {
            if (fresh && !startedOnce) {
                Directories.deleteRecursively(dataDir);
            }
            startedOnce = true;
            // zonky's own "clean" flag deletes the directory on close: we keep it, so a stopped server
            // comes back with its data (tests restart the database mid-stream).
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setPort(port)
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("listen_addresses", "localhost");
            if (!durable) {
                builder.setServerConfig("fsync", "off").setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off");
            }
            postgres = builder.start();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start on port " + port, e);
        }
    }

    public synchronized void stop() {
        EmbeddedPostgres running = postgres;
        postgres = null;
        if (running != null) {
            try {
                running.close();
            } catch (IOException e) {
                throw new UncheckedIOException("PostgreSQL did not stop cleanly", e);
            }
        }
    }

    @Override
    public void close() {
        stop();
    }

    public boolean isRunning() {
        return postgres != null;
    }

    public int port() {
        return port;
    }

    /**
     * The server's process (the postmaster; its backends are its children), read from {@code postmaster.pid}, for
     * the benchmarks' CPU accounting; -1 when it is not running.
     */
    public long pid() {
        try {
            return isRunning() ? Long.parseLong(java.nio.file.Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim())
                    : -1;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /**
     * Creates, if missing, the database {@code name} and its service's least-privilege role, also named
     * {@code name}: it may log in and connect to this database only, owns the schema {@code name} (its tables,
     * created by its Flyway migrations, and its search path), and can create nothing in {@code public}. Not a
     * superuser, no CREATEDB or CREATEROLE: what production gives each service (docs/operating.md).
     */
    public void ensureDatabase(String name) {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Not a plain database name: " + name);
        }
        try (Connection server = postgres.getPostgresDatabase().getConnection()) {
            if (!exists(server, "select 1 from pg_roles where rolname = ?", name)) {
                execute(server, "create role " + name + " login password '" + servicePassword(name)
                        + "' nosuperuser nocreatedb nocreaterole noreplication nobypassrls");
            }
            if (!exists(server, "select 1 from pg_database where datname = ?", name)) {
                execute(server, "create database " + name);
                execute(server, "revoke all on database " + name + " from public");
                execute(server, "grant connect, temporary on database " + name + " to " + name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + name, e);
        }
        try (Connection database = DriverManager.getConnection(jdbcUrl(name), USER, PASSWORD)) {
            execute(database, "create schema if not exists " + name + " authorization " + name);
            execute(database, "revoke create on schema public from public");
            execute(database, "alter role " + name + " in database " + name + " set search_path = " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare the schema of " + name, e);
        }
    }

    /** The role a service connects as: named after its database (see {@link #ensureDatabase}). */
    public static String serviceUser(String database) {
        return database;
    }

    /** The local password of a service's role (the embedded server trusts local connections anyway). */
    public static String servicePassword(String database) {
        return "gridloop-" + database;
    }

    private static boolean exists(Connection connection, String query, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setString(1, name);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    /** A JDBC connection to one of the server's databases, as its service's role; the caller closes it. */
    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), serviceUser(database), servicePassword(database));
    }

    /** The URL form of the Vert.x reactive PostgreSQL client. */
    public String reactiveUrl(String database) {
        return "postgresql://localhost:" + port + "/" + database;
    }
}
