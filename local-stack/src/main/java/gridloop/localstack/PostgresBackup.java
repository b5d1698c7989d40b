package gridloop.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;

/**
 * A consistent copy of a running embedded PostgreSQL server, every database at one instant, taken with PostgreSQL's
 * own low-level base-backup API (non-exclusive {@code pg_start_backup}/{@code pg_stop_backup}; the bundled binaries
 * have no {@code pg_basebackup} or {@code pg_dump}). The data directory is copied while the server runs, then the WAL
 * written meanwhile; on its first start the restored copy replays that WAL up to the backup's end, as after a crash,
 * and is consistent from there. The copy keeps the installation's roles and passwords, so it carries the superuser's
 * password file with it.
 */
public final class PostgresBackup {

    /** Where the data directory goes in a backup folder. */
    public static final String DATA = "postgres";
    /** What PostgreSQL's own base backups leave out: the running server's files, and zonky's lock. */
    private static final Set<String> LEFT_OUT = Set.of("postmaster.pid", "postmaster.opts", "pg_internal.init",
            "backup_label", "tablespace_map", "epg-lock");
    /** Folders copied empty: WAL comes after the copy; the others hold what only a running server needs. */
    private static final Set<String> COPIED_EMPTY = Set.of("pg_wal", "pg_dynshmem", "pg_notify", "pg_replslot",
            "pg_serial", "pg_snapshots", "pg_stat_tmp", "pg_subtrans");

    private PostgresBackup() {
    }

    /**
     * Copies the running {@code server} (started by this process or another) into {@code target/postgres}, and its
     * superuser password beside. The server goes on serving; what commits after the backup started may or may not be
     * in it, what committed before is.
     */
    public static void backup(EmbeddedPostgresServer server, Path target) {
        Path copy = target.resolve(DATA);
        try (Connection connection = server.superuserConnection("postgres")) {
            if (Files.exists(copy)) {
                throw new IllegalArgumentException(copy + " exists already: back up into a new folder");
            }
            boolean since15 = connection.getMetaData().getDatabaseMajorVersion() >= 15;
            String startWal;
            try (PreparedStatement start = connection.prepareStatement(since15
                    ? "select pg_walfile_name(pg_backup_start(?, true))"
                    : "select pg_walfile_name(pg_start_backup(?, true, false))")) {
                start.setString(1, "gridloop backup to " + target.toAbsolutePath());
                startWal = single(start);
            }
            copyTree(server.dataDir(), copy, true);
            String label;
            String tablespaceMap;
            String endWal;
            try (Statement stop = connection.createStatement(); ResultSet end = stop.executeQuery(since15
                    ? "select labelfile, spcmapfile, pg_walfile_name(lsn) from pg_backup_stop(false)"
                    : "select labelfile, spcmapfile, pg_walfile_name(lsn) from pg_stop_backup(false, false)")) {
                end.next();
                label = end.getString(1);
                tablespaceMap = end.getString(2);
                endWal = end.getString(3);
            }
            Files.writeString(copy.resolve("backup_label"), label);
            if (tablespaceMap != null && !tablespaceMap.isEmpty()) {
                Files.writeString(copy.resolve("tablespace_map"), tablespaceMap);
            }
            copyWal(server.dataDir().resolve("pg_wal"), copy.resolve("pg_wal"));
            for (String needed : new String[] {startWal, endWal}) {
                if (!Files.isRegularFile(copy.resolve("pg_wal").resolve(needed))) {
                    throw new IllegalStateException("The WAL segment " + needed + " was recycled during the backup; "
                            + "back up again (more WAL was written than wal_keep_size keeps)");
                }
            }
            Files.copy(DatabaseSecrets.superuserPasswordFile(server.dataDir()),
                    DatabaseSecrets.superuserPasswordFile(copy));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot back up the database on port " + server.port()
                    + " (is it running?)", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the backup into " + target, e);
        }
    }

    /**
     * Lays the backup in {@code backup} out as the data directory {@code dataDir} (which must not exist), with its
     * superuser password beside it. Starting a server on it replays the backup's WAL first.
     */
    public static void restore(Path backup, Path dataDir) {
        Path copy = backup.resolve(DATA);
        if (!Files.isRegularFile(copy.resolve("backup_label"))) {
            throw new IllegalArgumentException(backup + " holds no database backup (no " + DATA + "/backup_label)");
        }
        if (Files.exists(dataDir)) {
            throw new IllegalArgumentException(dataDir + " exists: restore into a new folder");
        }
        try {
            copyTree(copy, dataDir, false);
            // PostgreSQL starts only on a data directory that its owner alone may enter.
            Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwx------"));
            Path password = DatabaseSecrets.superuserPasswordFile(dataDir);
            Files.copy(DatabaseSecrets.superuserPasswordFile(copy), password);
            OwnerOnlyFiles.restrict(password);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot restore " + backup + " into " + dataDir, e);
        }
    }

    private static String single(PreparedStatement statement) throws SQLException {
        try (ResultSet row = statement.executeQuery()) {
            row.next();
            return row.getString(1);
        }
    }

    /**
     * Copies a data directory. A live one ({@code live}) leaves out what base backups leave out, and skips files that
     * vanish under the copy (a dropped table, a temporary file); a backup is copied whole.
     */
    private static void copyTree(Path from, Path to, boolean live) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                Path relative = from.relativize(dir);
                Files.createDirectories(to.resolve(relative.toString()));
                return live && relative.getNameCount() == 1 && COPIED_EMPTY.contains(relative.toString())
                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                if (live && LEFT_OUT.contains(file.getFileName().toString())) {
                    return FileVisitResult.CONTINUE;
                }
                try {
                    Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES);
                } catch (NoSuchFileException vanished) {
                    if (!live) {
                        throw vanished;
                    }
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException failure) throws IOException {
                if (live && failure instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw failure;
            }
        });
    }

    /** The WAL segments and timeline histories, after the backup ended: all the backup's WAL is among them. */
    private static void copyWal(Path from, Path to) throws IOException {
        Files.createDirectories(to.resolve("archive_status"));
        try (var files = Files.list(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                try {
                    Files.copy(file, to.resolve(file.getFileName().toString()));
                } catch (NoSuchFileException recycled) {
                    // Renamed for reuse while we copied: older than the backup, or checked for below.
                    continue;
                }
            }
        }
    }
}
