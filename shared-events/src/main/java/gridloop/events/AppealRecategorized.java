package gridloop.events;

import java.time.Instant;
import java.util.UUID;

/**
 * An operator corrected the appeal's category (typically after a department sent it back as the wrong category),
 * and dispatch ran the assignment again for it: a {@link AppealEscalated} follows when the new category goes to
 * its department first, a {@link AppealReassigned} when the appeal went back to a worker of its grid. The
 * deadlines stay: the resident has waited since the submission.
 */
public record AppealRecategorized(UUID appealId, String previousCategory, String category, String reason,
        Actor actor, Instant occurredAt) implements AppealEvent {
}
