package gridloop.events;

import java.time.Instant;
import java.util.UUID;

/**
 * Dispatch mapped the appeal onto the grid and gave it to a worker. {@code assigneeId} is null when
 * nobody could take it and it waits in {@code queue} (e.g. {@code OPERATORS}).
 */
public record AppealAssigned(UUID appealId, GridUnit street, GridUnit community, GridUnit grid,
        String assigneeId, String assigneeName, String queue, Instant acceptBy, Instant resolveBy,
        Actor actor, Instant occurredAt) implements AppealEvent {
}
