package gridloop.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
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
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        OwnerOnlyFiles.write(superuserPasswordFile(), password);
        return password;
    }

    String superuserPassword() {
        Path file = superuserPasswordFile();
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("The database in " + dataDir + " has no superuser password beside it ("
                    + file + "): restore it from the backup the data came from, or start afresh (./gridloop --fresh)");
        }
        try {
            return Files.readString(file).trim();
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
        try {
            Files.deleteIfExists(superuserPasswordFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
