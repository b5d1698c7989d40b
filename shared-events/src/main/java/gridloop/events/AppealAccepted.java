package gridloop.events;

import java.time.Instant;
import java.util.UUID;

/**
 * The assigned worker is on site. An appeal first accepted by its accept-by deadline (from
 * {@link AppealAssigned#acceptBy()}) counts as responded to in the evaluation: {@link #responded} is the one home of
 * that rule, for feedback's figures and the command centre's counters alike.
 */
public record AppealAccepted(UUID appealId, String assigneeId, Actor actor, Instant occurredAt) implements AppealEvent {

    /** Whether an appeal first accepted at {@code acceptedAt} with the deadline {@code acceptBy} was responded to. */
    public static boolean responded(Instant acceptedAt, Instant acceptBy) {
        return acceptedAt != null && acceptBy != null && !acceptedAt.isAfter(acceptBy);
    }
}
