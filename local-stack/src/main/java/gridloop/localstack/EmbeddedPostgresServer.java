package gridloop.localstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A real PostgreSQL server from the binaries that zonky ships on Maven Central. The data directory is kept between
 * starts unless {@code fresh} is asked for, so the local run survives a restart.
 *
 * <p>Locked: every role signs in with SCRAM-SHA-256, nothing is {@code trust}. The superuser's password is drawn
 * when the data directory is made and kept beside it, owner-only ({@link DatabaseSecrets}); each service's role has a
 * password derived from it, so no password of an installation is written in this repository.
 *
 * <p>Durable unless asked otherwise: zonky starts the server with {@code -F} (no fsync) and
 * {@code synchronous_commit=off} whatever it is told, so both (and {@code full_page_writes}) are set explicitly, and
 * {@link #start()} reads them back with {@code SHOW} and refuses to hand out a server that is not what was asked.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    /** The superuser: creates the databases and roles; no service connects as it. */
    public static final String USER = "postgres";
    /** What makes a commit survive a power cut; all three are on for a durable server, off for a throwaway one. */
    public static final List<String> DURABILITY_SETTINGS = List.of("fsync", "synchronous_commit", "full_page_writes");

    private final int port;
    private final Path dataDir;
    private final boolean fresh;
    private final boolean durable;
    private final DatabaseSecrets secrets;
    private volatile EmbeddedPostgres postgres;
    private boolean startedOnce;
    /** What the server answered to SHOW at its last start (checked, and said in {@link #describe()}). */
    private volatile Map<String, String> settingsAtStart = Map.of();

    /**
     * @param durable false for throwaway test databases about logic: fsync off makes them faster and changes nothing
     *                a test can observe short of a power cut. Anything that claims durability passes true.
     */
    public EmbeddedPostgresServer(int port, Path dataDir, boolean fresh, boolean durable) {
        this.port = FreePorts.orPick(port);
        this.dataDir = dataDir;
        this.fresh = fresh;
        this.durable = durable;
        this.secrets = new DatabaseSecrets(dataDir);
    }

    public synchronized EmbeddedPostgresServer start() {
        if (postgres != null) {
            return this;
        }
        try {
            if (fresh && !startedOnce) {
                Directories.deleteRecursively(dataDir);
                secrets.forget();
            }
            startedOnce = true;
            boolean initialise = !Files.isRegularFile(dataDir.resolve("postgresql.conf"));
            // A data directory of an earlier version trusted local connections and has no password yet.
            boolean trustedBefore = !initialise && !secrets.exist() && trustsLocalConnections();
            String password = initialise || trustedBefore ? secrets.drawSuperuserPassword() : secrets.superuserPassword();
            String on = durable ? "on" : "off";
            // zonky's own "clean" flag deletes the directory on close: we keep it, so a stopped server
            // comes back with its data (tests restart the database mid-stream).
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setPort(port)
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("listen_addresses", "localhost")
                    .setServerConfig("password_encryption", "scram-sha-256")
                    // A base backup taken while the system runs needs the WAL written during it (PostgresBackup).
                    .setServerConfig("wal_keep_size", "256MB")
                    .setConnectConfig("password", password);
            for (String setting : DURABILITY_SETTINGS) {
                builder.setServerConfig(setting, on);
            }
            if (initialise) {
                // zonky runs initdb with "-A trust" and then hands it its locale settings as --key=value; initdb
                // takes the last method given, so no line of the new pg_hba.conf is trust, not even for a moment.
                builder.setLocaleConfig("auth", "scram-sha-256")
                        .setLocaleConfig("pwfile", secrets.superuserPasswordFile().toString());
            }
            postgres = builder.start();
            lockDownTrustFromEarlierVersions(password);
            checkSettings();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start on port " + port, e);
        }
    }

    /**
     * Data directories made before the server was locked trusted every local connection: the superuser gets the
     * installation's password and pg_hba.conf is rewritten to SCRAM for every line, then reloaded.
     */
    private void lockDownTrustFromEarlierVersions(String password) {
        try (Connection server = superuserConnection("postgres")) {
            if (!exists(server, "select 1 from pg_hba_file_rules where auth_method = ?", "trust")) {
                return;
            }
            try (PreparedStatement statement = server.prepareStatement("select format('alter role postgres password %L', ?)")) {
                statement.setString(1, password);
                try (ResultSet sql = statement.executeQuery()) {
                    sql.next();
                    execute(server, sql.getString(1));
                }
            }
            Files.writeString(dataDir.resolve("pg_hba.conf"), """
                    # Every role signs in with its password (SCRAM); nothing is trusted (written by GridLoop).
                    local   all             all                                     scram-sha-256
                    host    all             all             127.0.0.1/32            scram-sha-256
                    host    all             all             ::1/128                 scram-sha-256
                    """);
            execute(server, "select pg_reload_conf()");
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Cannot lock the database server in " + dataDir, e);
        }
    }

    private boolean trustsLocalConnections() throws IOException {
        return Files.readAllLines(dataDir.resolve("pg_hba.conf")).stream().map(String::trim)
                .anyMatch(line -> !line.startsWith("#") && line.matches(".*\\btrust\\b.*"));
    }

    /** Fails the start of a server whose durability is not what was asked: zonky's defaults must never slip in. */
    private void checkSettings() {
        Map<String, String> settings = durabilitySettings();
        settingsAtStart = settings;
        String expected = durable ? "on" : "off";
        settings.forEach((name, value) -> {
            if (!value.equals(expected)) {
                stop();
                throw new IllegalStateException("PostgreSQL in " + dataDir + " runs with " + name + "=" + value
                        + ", asked for " + expected);
            }
        });
    }

    /** What the running server answers to {@code SHOW} for each of {@link #DURABILITY_SETTINGS}. */
    public Map<String, String> durabilitySettings() {
        Map<String, String> settings = new LinkedHashMap<>();
        try (Connection server = superuserConnection("postgres"); Statement statement = server.createStatement()) {
            for (String setting : DURABILITY_SETTINGS) {
                try (ResultSet value = statement.executeQuery("show " + setting)) {
                    value.next();
                    settings.put(setting, value.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the settings of the server on port " + port, e);
        }
        return settings;
    }

    /** One line for the start-up log: where it listens, how it signs in, what it answered to SHOW at start. */
    public String describe() {
        StringBuilder line = new StringBuilder("localhost:" + port + ", SCRAM sign-in (superuser password in "
                + secrets.superuserPasswordFile() + "),");
        settingsAtStart.forEach((name, value) -> line.append(' ').append(name).append('=').append(value));
        return line.toString();
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

    public Path dataDir() {
        return dataDir;
    }

    /**
     * The server's process (the postmaster; its backends are its children), read from {@code postmaster.pid}, for
     * the benchmarks' CPU accounting; -1 when it is not running.
     */
    public long pid() {
        return isRunning() ? postmasterPid(dataDir) : -1;
    }

    /** The postmaster of a data directory, from its {@code postmaster.pid}; -1 when there is none. */
    public static long postmasterPid(Path dataDir) {
        try {
            return Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim());
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /**
     * Creates, if missing, the database {@code name} and its service's least-privilege role, also named
     * {@code name}: it may log in and connect to this database only, owns the schema {@code name} (its tables,
     * created by its Flyway migrations, and its search path), and can create nothing in {@code public}. Not a
     * superuser, no CREATEDB or CREATEROLE: what production gives each service (docs/operating.md). Its password is
     * this installation's ({@link #servicePassword}), set again at every call, so a role made by an earlier version
     * with a password from the source code loses it.
     */
    public void ensureDatabase(String name) {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Not a plain database name: " + name);
        }
        try (Connection server = superuserConnection("postgres")) {
            if (!exists(server, "select 1 from pg_roles where rolname = ?", name)) {
                execute(server, "create role " + name + " login nosuperuser nocreatedb nocreaterole noreplication nobypassrls");
            }
            try (PreparedStatement statement = server.prepareStatement("select format('alter role %I password %L', ?, ?)")) {
                statement.setString(1, name);
                statement.setString(2, servicePassword(name));
                try (ResultSet sql = statement.executeQuery()) {
                    sql.next();
                    execute(server, sql.getString(1));
                }
            }
            if (!exists(server, "select 1 from pg_database where datname = ?", name)) {
                execute(server, "create database " + name);
                execute(server, "revoke all on database " + name + " from public");
                execute(server, "grant connect, temporary on database " + name + " to " + name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + name, e);
        }
        try (Connection database = superuserConnection(name)) {
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

    /** The password of a service's role on this installation (derived from the superuser's, never stored). */
    public String servicePassword(String database) {
        return secrets.servicePassword(database);
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

    /** A JDBC connection as the superuser (set-up, backups, tests that look behind a service); the caller closes it. */
    public Connection superuserConnection(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), USER, secrets.superuserPassword());
    }

    /** The URL form of the Vert.x reactive PostgreSQL client. */
    public String reactiveUrl(String database) {
        return "postgresql://localhost:" + port + "/" + database;
    }
}
