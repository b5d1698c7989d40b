package gridloop.events;

import java.time.Instant;
import java.util.UUID;

/** An assisting department of a co-handled appeal reports what it did: its part, once. */
public record AppealPartReported(UUID appealId, String department, String departmentName, String summary,
        Actor actor, Instant occurredAt) implements AppealEvent {
}
