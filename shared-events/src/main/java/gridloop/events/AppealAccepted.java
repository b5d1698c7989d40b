package gridloop.events;

import java.time.Instant;
import java.util.UUID;

/** The assigned worker is on site. */
public record AppealAccepted(UUID appealId, String assigneeId, Actor actor, Instant occurredAt) implements AppealEvent {
}
