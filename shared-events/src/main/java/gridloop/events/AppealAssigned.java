package gridloop.events;

import java.time.Instant;
import java.util.UUID;

/**
 * Dispatch mapped the appeal onto the grid and gave it to a worker. {@code assigneeId} is null when
 * nobody could take it and it waits in {@code queue} (e.g. {@code OPERATORS}). {@code buildingId} (added later) is
 * the building of the map whose outline holds the appeal's point, or null outside every building.
 */
public record AppealAssigned(UUID appealId, GridUnit street, GridUnit community, GridUnit grid,
        String assigneeId, String assigneeName, String queue, Instant acceptBy, Instant resolveBy,
        Actor actor, Instant occurredAt, String buildingId) implements AppealEvent {

    /** An assignment of a point in no building. */
    public AppealAssigned(UUID appealId, GridUnit street, GridUnit community, GridUnit grid, String assigneeId,
            String assigneeName, String queue, Instant acceptBy, Instant resolveBy, Actor actor, Instant occurredAt) {
        this(appealId, street, community, grid, assigneeId, assigneeName, queue, acceptBy, resolveBy, actor,
                occurredAt, null);
    }
}
