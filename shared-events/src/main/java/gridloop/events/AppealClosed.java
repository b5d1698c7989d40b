package gridloop.events;

import java.time.Instant;
import java.util.UUID;

/**
 * The loop ended for this appeal; {@code closedBy} is {@code RESIDENT}, {@code TIMEOUT}, or {@code ORIGINAL} for a
 * duplicate merged into {@code mergedInto} (whose reference is {@code mergedIntoReference}) when that one closed.
 * Both are null for the other two.
 */
public record AppealClosed(UUID appealId, String closedBy, Actor actor, Instant occurredAt, UUID mergedInto,
        String mergedIntoReference) implements AppealEvent {

    public static final String BY_RESIDENT = "RESIDENT";
    public static final String BY_TIMEOUT = "TIMEOUT";
    public static final String BY_ORIGINAL = "ORIGINAL";

    /** A closure of the appeal itself (by the resident's rating, or the rating window's end). */
    public AppealClosed(UUID appealId, String closedBy, Actor actor, Instant occurredAt) {
        this(appealId, closedBy, actor, occurredAt, null, null);
    }
}
