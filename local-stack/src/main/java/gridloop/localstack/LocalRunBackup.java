package gridloop.localstack;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * {@code ./gridloop backup DIR} and {@code ./gridloop restore DIR}: the embedded default's data, saved while it runs
 * and laid back. A backup holds the database server (every service's database, at one instant: {@link PostgresBackup})
 * and the run's secrets. It holds no broker data: every event is in its producer's outbox for
 * {@code gridloop.outbox.retention} (7 days) before it is deleted, so a restore starts an empty broker and marks
 * every outbox row unsent; the relays publish them again, and each consumer skips what its processed-event log
 * (kept 30 days) says it applied. What the restored databases had not yet seen is sent to them, nothing twice.
 */
final class LocalRunBackup {

    private final LocalStackSettings settings;
    private final List<String> databases;
    private final PrintStream out;

    LocalRunBackup(LocalStackSettings settings, List<String> databases, PrintStream out) {
        this.settings = settings;
        this.databases = List.copyOf(databases);
        this.out = out;
    }

    /** Backs up the running local system (the database must be up: start ./gridloop first). */
    void backup(Path target) {
        EmbeddedPostgresServer running = new EmbeddedPostgresServer(settings.postgresPort(), postgresDir(), false, true);
        out.println("gridloop | backing up the databases on localhost:" + running.port() + " into " + target + " ...");
        PostgresBackup.backup(running, target);
        copySecrets(settings.dataDir(), target);
        out.println("gridloop | backup complete: " + target + " (restore with ./gridloop restore " + target + ")");
    }

    /**
     * Lays a backup back as the local run's data. The data there is moved aside, never deleted; the database is
     * started once to replay the backup's WAL and to mark the outboxes unsent, then stopped.
     */
    void restore(Path backup) {
        if (EmbeddedPostgresServer.postmasterPid(postgresDir()) > 0
                && ProcessHandle.of(EmbeddedPostgresServer.postmasterPid(postgresDir())).isPresent()) {
            throw new IllegalStateException("The database in " + postgresDir() + " is running: stop ./gridloop first");
        }
        try {
            if (Files.exists(settings.dataDir())) {
                Path aside = settings.dataDir().resolveSibling(settings.dataDir().getFileName() + ".before-restore-"
                        + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
                Files.move(settings.dataDir(), aside);
                out.println("gridloop | the data that was there is kept in " + aside);
            }
            Files.createDirectories(settings.dataDir());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PostgresBackup.restore(backup, postgresDir());
        copySecrets(backup, settings.dataDir());
        try (EmbeddedPostgresServer restored = new EmbeddedPostgresServer(settings.postgresPort(), postgresDir(), false,
                true).start()) {
            for (String database : databases) {
                long republished = markOutboxUnsent(restored, database);
                out.println("gridloop | " + database + ": " + republished + " kept events will be published again");
            }
        }
        out.println("gridloop | restored from " + backup + "; start with ./gridloop (the broker starts empty)");
    }

    private static long markOutboxUnsent(EmbeddedPostgresServer server, String database) {
        try (Connection connection = server.superuserConnection(database); Statement statement = connection.createStatement()) {
            if (!statement.executeQuery("select 1 from pg_tables where schemaname = '" + database
                    + "' and tablename = 'outbox_event'").next()) {
                return 0;
            }
            return statement.executeUpdate("update " + database + ".outbox_event set sent_at = null");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot mark the outbox of " + database + " unsent", e);
        }
    }

    private static void copySecrets(Path from, Path to) {
        for (String name : LocalSecret.NAMES) {
            Path secret = LocalSecret.file(from, name);
            if (Files.isRegularFile(secret)) {
                try {
                    OwnerOnlyFiles.write(LocalSecret.file(to, name), Files.readString(secret));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    private Path postgresDir() {
        return settings.dataDir().resolve(PostgresBackup.DATA);
    }
}
