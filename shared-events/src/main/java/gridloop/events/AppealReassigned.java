package gridloop.events;

import java.time.Instant;
import java.util.UUID;

/** An operator moved the appeal to another worker or grid. */
public record AppealReassigned(UUID appealId, GridUnit grid, String previousAssigneeId, String assigneeId,
        String assigneeName, String reason, Actor actor, Instant occurredAt) implements AppealEvent {
}
