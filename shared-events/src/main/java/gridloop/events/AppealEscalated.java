package gridloop.events;

import java.time.Instant;
import java.util.UUID;

/**
 * Whistle-blowing: the appeal went to a city department. {@code automatic} when no person decided it
 * (a "department first" category, or a missed deadline).
 */
public record AppealEscalated(UUID appealId, String department, String departmentName, String reason,
        boolean automatic, Actor actor, Instant occurredAt) implements AppealEvent {
}
