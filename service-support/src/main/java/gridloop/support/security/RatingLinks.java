package gridloop.support.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The "please rate" link's token: it lets the resident rate one appeal, as its reporter, without signing in, until it
 * expires. Intake issues it into the message, feedback checks it: both share the pseudonym secret, from which a key of
 * this use alone is derived. The token says which appeal, whose (the reporter's pseudonym) and until when, signed with
 * HMAC-SHA256; nothing of the person is in it. Once-only is feedback's to enforce: it keeps each used token's hash.
 */
@ApplicationScoped
public class RatingLinks {

    private static final String VERSION = "r1";
    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();

    private final SecretKeySpec key;

    RatingLinks(@ConfigProperty(name = "gridloop.pseudonym.secret") String secret) {
        this.key = HmacSha256.key(HmacSha256.of(HmacSha256.key(secret.getBytes(StandardCharsets.UTF_8)),
                "gridloop rating link key".getBytes(StandardCharsets.UTF_8)));
    }

    /** What a valid token grants. */
    public record Grant(UUID appealId, String reporter, Instant expiresAt) {

        public boolean expiredAt(Instant now) {
            return !now.isBefore(expiresAt);
        }
    }

    public String issue(UUID appealId, String reporterPseudonym, Instant expiresAt) {
        String payload = VERSION + "." + ENCODE.encodeToString((appealId + "|" + reporterPseudonym + "|"
                + expiresAt.getEpochSecond()).getBytes(StandardCharsets.UTF_8));
        return payload + "." + ENCODE.encodeToString(HmacSha256.of(key, payload.getBytes(StandardCharsets.US_ASCII)));
    }

    /** The grant of a token signed with this key; empty for anything else (malformed, forged, another key). */
    public Optional<Grant> read(String token) {
        if (token == null) {
            return Optional.empty();
        }
        int lastDot = token.lastIndexOf('.');
        if (!token.startsWith(VERSION + ".") || lastDot <= VERSION.length()) {
            return Optional.empty();
        }
        String payload = token.substring(0, lastDot);
        try {
            byte[] signature = DECODE.decode(token.substring(lastDot + 1));
            if (!MessageDigest.isEqual(signature, HmacSha256.of(key, payload.getBytes(StandardCharsets.US_ASCII)))) {
                return Optional.empty();
            }
            String[] parts = new String(DECODE.decode(payload.substring(VERSION.length() + 1)), StandardCharsets.UTF_8)
                    .split("\\|");
            return Optional.of(new Grant(UUID.fromString(parts[0]), parts[1],
                    Instant.ofEpochSecond(Long.parseLong(parts[2]))));
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    /** What is kept of a used token: its SHA-256, never the token. */
    public static String fingerprint(String token) {
        try {
            return ENCODE.encodeToString(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
