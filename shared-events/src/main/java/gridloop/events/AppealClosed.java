package gridloop.events;

import java.time.Instant;
import java.util.UUID;

/** The loop ended for this appeal; {@code closedBy} is {@code RESIDENT} or {@code TIMEOUT}. */
public record AppealClosed(UUID appealId, String closedBy, Actor actor, Instant occurredAt) implements AppealEvent {
}
