package gridloop.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A resident's appeal was accepted by intake. Carries no reporter name, phone or account, by contract:
 * {@code reporter} is a pseudonym of the submitting account, the same for all its appeals and meaningless
 * without intake's secret (feedback compares it to tell the reporter's rating from anyone else's).
 * {@code facilityId} (added later; null when the resident named none) is the registry's facility the appeal is
 * about, e.g. an elevator. {@code photos} (added later; empty or null when none) are the ids of the photos
 * attached at submission: never links. Whoever may read the appeal reads them through intake's API.
 */
public record AppealSubmitted(UUID appealId, String reference, String category, String description,
        Location location, List<String> mediaUrls, String channel, String reporter, Actor actor, Instant occurredAt,
        UUID facilityId, List<UUID> photos) implements AppealEvent {

    /** Without photos. */
    public AppealSubmitted(UUID appealId, String reference, String category, String description, Location location,
            List<String> mediaUrls, String channel, String reporter, Actor actor, Instant occurredAt,
            UUID facilityId) {
        this(appealId, reference, category, description, location, mediaUrls, channel, reporter, actor, occurredAt,
                facilityId, List.of());
    }

    /** An appeal about no particular facility. */
    public AppealSubmitted(UUID appealId, String reference, String category, String description, Location location,
            List<String> mediaUrls, String channel, String reporter, Actor actor, Instant occurredAt) {
        this(appealId, reference, category, description, location, mediaUrls, channel, reporter, actor, occurredAt,
                null);
    }
}
