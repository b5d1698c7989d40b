package gridloop.events;

import java.time.Instant;
import java.util.UUID;

/** A deadline ({@code ACCEPT} or {@code RESOLVE}) passed while the appeal was still open. */
public record AppealOverdue(UUID appealId, String deadline, Instant dueAt, Actor actor, Instant occurredAt)
        implements AppealEvent {
}
