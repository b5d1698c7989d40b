package gridloop.events;

import java.time.Instant;
import java.util.UUID;

/** The resident said "not fixed": the appeal goes back to dispatch. */
public record AppealReopened(UUID appealId, int reopenCount, Actor actor, Instant occurredAt) implements AppealEvent {
}
