package gridloop.events;

import java.time.Instant;
import java.util.UUID;

/** The resident withdrew an open appeal. */
public record AppealWithdrawn(UUID appealId, String reason, Actor actor, Instant occurredAt) implements AppealEvent {
}
