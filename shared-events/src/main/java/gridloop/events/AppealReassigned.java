package gridloop.events;

import java.time.Instant;
import java.util.UUID;

/**
 * An operator moved the appeal to another worker or grid. {@code assigneeOffDuty}: true when the operator confirmed
 * giving it to a worker who was off duty at the time (absent otherwise, and in events written before it existed).
 */
public record AppealReassigned(UUID appealId, GridUnit grid, String previousAssigneeId, String assigneeId,
        String assigneeName, String reason, Actor actor, Instant occurredAt, Boolean assigneeOffDuty)
        implements AppealEvent {

    public AppealReassigned(UUID appealId, GridUnit grid, String previousAssigneeId, String assigneeId,
            String assigneeName, String reason, Actor actor, Instant occurredAt) {
        this(appealId, grid, previousAssigneeId, assigneeId, assigneeName, reason, actor, occurredAt, null);
    }
}
