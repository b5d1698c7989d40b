package gridloop.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The passwords of one embedded PostgreSQL installation. The superuser's is drawn when the data directory is made and
 * kept in a file beside it ({@code <data dir>-superuser.secret}, owner-only); each service role's is derived from it
 * (HMAC-SHA256 over the role's name), so one secret file serves every role and a backup carries it whole.
 */
final class DatabaseSecrets {

    private final Path dataDir;
    /** Read once: every connection a test or the backup opens would otherwise read the file again. */
    private volatile String superuserPassword;

    DatabaseSecrets(Path dataDir) {
        this.dataDir = dataDir;
    }

    /** Where the superuser's password is kept: beside the data directory, readable by its owner only. */
    Path superuserPasswordFile() {
        return superuserPasswordFile(dataDir);
    }

    static Path superuserPasswordFile(Path dataDir) {
        return dataDir.toAbsolutePath().resolveSibling(dataDir.getFileName() + "-superuser.secret");
    }

    boolean exist() {
        return Files.isRegularFile(superuserPasswordFile());
    }

    /** A new superuser password for a new data directory, written before initdb reads it. */
    String drawSuperuserPassword() {
        String password = LocalSecret.draw();
        OwnerOnlyFiles.write(superuserPasswordFile(), password);
        superuserPassword = password;
        return password;
    }

    String superuserPassword() {
        if (superuserPassword != null) {
            return superuserPassword;
        }
        Path file = superuserPasswordFile();
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("The database in " + dataDir + " has no superuser password beside it ("
                    + file + "): restore it from the backup the data came from, or start afresh (./gridloop --fresh)");
        }
        try {
            superuserPassword = Files.readString(file).trim();
            return superuserPassword;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String servicePassword(String role) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(superuserPassword().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] derived = mac.doFinal(("gridloop service role " + role).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(derived);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    void forget() {
        superuserPassword = null;
        try {
            Files.deleteIfExists(superuserPasswordFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
