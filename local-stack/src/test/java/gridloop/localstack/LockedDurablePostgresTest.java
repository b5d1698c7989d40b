package gridloop.localstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded database as the run command keeps it: durable when asked, locked always, and backed up live. */
class LockedDurablePostgresTest {

    @TempDir
    Path dir;

    @Test
    void aDurableServerAnswersOnToEveryDurabilitySettingAndAThrowawayOneOff() {
        try (var durable = new EmbeddedPostgresServer(0, dir.resolve("durable"), true, true).start();
             var throwaway = new EmbeddedPostgresServer(0, dir.resolve("throwaway"), true, false).start()) {
            assertEquals(Map.of("fsync", "on", "synchronous_commit", "on", "full_page_writes", "on"),
                    durable.durabilitySettings());
            assertEquals(Map.of("fsync", "off", "synchronous_commit", "off", "full_page_writes", "off"),
                    throwaway.durabilitySettings());
        }
    }

    @Test
    void everyRoleSignsInWithItsPasswordAndNothingIsTrusted() throws Exception {
        try (var server = new EmbeddedPostgresServer(0, dir.resolve("pg"), true, false).start()) {
            server.ensureDatabase("intake");
            String url = server.jdbcUrl("intake");

            assertRefused(() -> DriverManager.getConnection(url, "postgres", "wrong"));
            assertRefused(() -> DriverManager.getConnection(url, "postgres", ""));
            assertRefused(() -> DriverManager.getConnection(url + "?user=postgres"));
            assertRefused(() -> DriverManager.getConnection(url, "intake", "gridloop-intake"));
            try (Connection service = server.connect("intake");
                 Connection admin = server.superuserConnection("postgres");
                 Statement query = admin.createStatement();
                 ResultSet rules = query.executeQuery("select distinct auth_method from pg_hba_file_rules")) {
                Set<String> methods = new HashSet<>();
                while (rules.next()) {
                    methods.add(rules.getString(1));
                }
                assertEquals(Set.of("scram-sha-256"), methods);
                assertTrue(service.isValid(1));
            }
            Path password = server.dataDir().resolveSibling("pg-superuser.secret");
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(password)));
            assertFalse(Files.readString(password).isBlank());
        }
    }

    @Test
    void aDataDirectoryThatTrustedLocalConnectionsIsLockedAtItsNextStart() throws Exception {
        Path data = dir.resolve("old");
        // As earlier versions left it: zonky's initdb trusts every local connection, and no password exists.
        EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).start().close();
        try (var server = new EmbeddedPostgresServer(0, data, false, false).start()) {
            assertRefused(() -> DriverManager.getConnection(server.jdbcUrl("postgres"), "postgres", "wrong"));
            try (Connection admin = server.superuserConnection("postgres");
                 ResultSet trusted = admin.createStatement().executeQuery(
                         "select count(*) from pg_hba_file_rules where auth_method = 'trust'")) {
                trusted.next();
                assertEquals(0, trusted.getInt(1));
            }
        }
    }

    /**
     * Rows commit one after another while the backup runs; the restored copy holds every row that committed before
     * the backup began, each once, and starts as a server of its own with the installation's passwords.
     */
    @Test
    void aBackupTakenMidStreamRestoresEveryRowCommittedBeforeIt() throws Exception {
        try (var server = new EmbeddedPostgresServer(0, dir.resolve("live"), true, true).start()) {
            server.ensureDatabase("intake");
            try (Connection c = server.connect("intake")) {
                c.createStatement().execute("create table appeal (id bigint primary key, body text)");
            }
            // Ids commit in order, so the highest committed id names every row committed so far.
            AtomicLong highestCommitted = new AtomicLong();
            AtomicBoolean writing = new AtomicBoolean(true);
            CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
                try (Connection c = server.connect("intake");
                     var insert = c.prepareStatement("insert into appeal values (?, repeat('x', 2000))")) {
                    for (long id = 1; writing.get(); id++) {
                        insert.setLong(1, id);
                        insert.executeUpdate();
                        highestCommitted.set(id);
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            org.awaitility.Awaitility.await().until(() -> highestCommitted.get() >= 200);
            long lastBeforeBackup = highestCommitted.get();
            PostgresBackup.backup(server, dir.resolve("backup"));
            long duringBackup = highestCommitted.get() - lastBeforeBackup;
            writing.set(false);
            writer.join();
            assertTrue(duringBackup > 0, "rows went on committing while the backup ran");

            Path restoredData = dir.resolve("restored");
            PostgresBackup.restore(dir.resolve("backup"), restoredData);
            try (var restored = new EmbeddedPostgresServer(0, restoredData, false, true).start();
                 Connection c = restored.connect("intake");
                 ResultSet rows = c.createStatement().executeQuery("select id, count(*) over () from appeal")) {
                Set<Long> found = new HashSet<>();
                long total = 0;
                while (rows.next()) {
                    found.add(rows.getLong(1));
                    total = rows.getLong(2);
                }
                Set<Long> beforeBackup = LongStream.rangeClosed(1, lastBeforeBackup).boxed().collect(Collectors.toSet());
                assertTrue(found.containsAll(beforeBackup), "every row committed before the backup is restored");
                assertEquals(found.size(), total, "no row twice");
            }
        }
    }

    private interface Attempt {
        Connection connect() throws SQLException;
    }

    private static void assertRefused(Attempt attempt) {
        SQLException refused = assertThrows(SQLException.class, () -> attempt.connect().close());
        assertTrue(refused.getSQLState() != null && refused.getSQLState().startsWith("28")
                        || refused.getMessage().contains("password"),
                "refused for its credentials: " + refused.getMessage());
    }
}
