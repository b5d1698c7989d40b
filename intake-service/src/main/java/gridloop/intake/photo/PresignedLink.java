package gridloop.intake.photo;

import java.time.Instant;

/** A link that reads one photo (or its thumbnail) without signing in, until {@code expiresAt}. */
public record PresignedLink(String url, Instant expiresAt) {
}
