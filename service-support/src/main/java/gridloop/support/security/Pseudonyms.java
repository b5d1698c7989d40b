package gridloop.support.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A resident's identity as it may travel on a topic: HMAC-SHA256 of the token's subject under a secret that
 * intake and feedback share ({@code gridloop.pseudonym.secret}). The same account gives the same pseudonym, so
 * feedback can tell the reporter from anyone else; without the secret it cannot be turned back into the account.
 */
@ApplicationScoped
public class Pseudonyms {

    private final SecretKeySpec key;

    Pseudonyms(@ConfigProperty(name = "gridloop.pseudonym.secret") String secret) {
        this.key = HmacSha256.key(secret.getBytes(StandardCharsets.UTF_8));
    }

    public String of(String subject) {
        byte[] digest = HmacSha256.of(key, subject.getBytes(StandardCharsets.UTF_8));
        // 128 bits are plenty to tell accounts apart and keep the events short.
        return "p-" + Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(digest, 16));
    }
}
