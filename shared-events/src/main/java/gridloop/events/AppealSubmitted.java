package gridloop.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A resident's appeal was accepted by intake. Carries no reporter name or phone, by contract. */
public record AppealSubmitted(UUID appealId, String reference, String category, String description,
        Location location, List<String> mediaUrls, String channel, Instant occurredAt) implements AppealEvent {
}
