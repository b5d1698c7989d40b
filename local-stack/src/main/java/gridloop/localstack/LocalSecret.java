package gridloop.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

/**
 * A secret of the local run, drawn once per data folder and kept there: the one under which intake and feedback
 * pseudonymise residents (feedback must recognise a reporter across restarts), and the one that encrypts the
 * command centre's session cookies (a signed-in operator stays signed in across a restart), and the object store's
 * secret key that intake signs its requests with. Owner-only on disk; a
 * backup ({@link LocalRunBackup}) carries them with the data they belong to.
 */
final class LocalSecret {

    static final String PSEUDONYM = "pseudonym";
    static final String COMMAND_CENTRE_SESSION = "command-centre-session";
    static final String OBJECT_STORE = "object-store";
    static final List<String> NAMES = List.of(PSEUDONYM, COMMAND_CENTRE_SESSION, OBJECT_STORE);

    private LocalSecret() {
    }

    /** 256 random bits, URL-safe: every secret of the local run is drawn this way. */
    static String draw() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    static Path file(Path dataDir, String name) {
        return dataDir.resolve(name + ".secret");
    }

    static String of(Path dataDir, String name) {
        Path file = file(dataDir, name);
        try {
            if (Files.isRegularFile(file)) {
                OwnerOnlyFiles.restrict(file);
                return Files.readString(file).trim();
            }
            String secret = draw();
            OwnerOnlyFiles.write(file, secret);
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
