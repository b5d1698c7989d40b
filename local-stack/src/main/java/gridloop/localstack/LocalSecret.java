package gridloop.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A secret of the local run, drawn once per data folder and kept there: the one under which intake and feedback
 * pseudonymise residents (feedback must recognise a reporter across restarts), and the one that encrypts the
 * command centre's session cookies (a signed-in operator stays signed in across a restart).
 */
final class LocalSecret {

    static final String PSEUDONYM = "pseudonym";
    static final String COMMAND_CENTRE_SESSION = "command-centre-session";

    private LocalSecret() {
    }

    static String of(Path dataDir, String name) {
        Path file = dataDir.resolve(name + ".secret");
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
