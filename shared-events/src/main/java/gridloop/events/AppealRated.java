package gridloop.events;

import java.time.Instant;
import java.util.UUID;

/** The resident's verdict on a closure round. */
public record AppealRated(UUID appealId, int satisfaction, boolean resolved, String comment, int round,
        Actor actor, Instant occurredAt) implements AppealEvent {
}
