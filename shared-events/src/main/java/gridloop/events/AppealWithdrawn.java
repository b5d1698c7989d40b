package gridloop.events;

import java.time.Instant;
import java.util.UUID;

/** The resident withdrew an open appeal. */
public record AppealWithdrawn(UUID appealId, String reason, Actor actor, Instant occurredAt) implements AppealEvent {

    /** The reason when the resident withdrew it themselves (a code; older events carry a sentence). */
    public static final String BY_RESIDENT = "BY_RESIDENT";
}
