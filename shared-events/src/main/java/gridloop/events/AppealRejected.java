package gridloop.events;

import java.time.Instant;
import java.util.UUID;

/**
 * Dispatch refused the appeal: {@code OUTSIDE_DISTRICT} when no grid contains it, or an operator's
 * {@code DUPLICATE}, {@code ABUSIVE}, {@code NOT_GOVERNMENT} or {@code OUTSIDE_DISTRICT}; {@code detail} is what the
 * resident is told. A {@code DUPLICATE} is merged into {@code duplicateOf}, the original appeal (null otherwise):
 * its reporter and supporters follow the original, and it closes when the original does; {@code duplicateOfReference}
 * (added later: null on older events, whose {@code detail} named it in English) is the original's reference.
 */
public record AppealRejected(UUID appealId, String reason, String detail, Actor actor, Instant occurredAt,
        UUID duplicateOf, String duplicateOfReference) implements AppealEvent {

    public static final String DUPLICATE = "DUPLICATE";

    public AppealRejected(UUID appealId, String reason, String detail, Actor actor, Instant occurredAt,
            UUID duplicateOf) {
        this(appealId, reason, detail, actor, occurredAt, duplicateOf, null);
    }

    /** A rejection that merges nothing. */
    public AppealRejected(UUID appealId, String reason, String detail, Actor actor, Instant occurredAt) {
        this(appealId, reason, detail, actor, occurredAt, null);
    }

    public boolean mergesInto() {
        return DUPLICATE.equals(reason) && duplicateOf != null;
    }
}
