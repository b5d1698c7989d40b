package gridloop.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The secret under which intake and feedback pseudonymise residents: drawn once per data folder and kept
 * there, since feedback must recognise a reporter across restarts.
 */
final class PseudonymSecret {

    private PseudonymSecret() {
    }

    static String of(Path dataDir) {
        Path file = dataDir.resolve("pseudonym.secret");
        try {
            if (Files.isRegularFile(file)) {
                return Files.readString(file).trim();
            }
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            Files.createDirectories(dataDir);
            Files.writeString(file, secret);
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
