package gridloop.events;

import java.time.Instant;
import java.util.UUID;

/** Whistle-blowing: the appeal went to a city department; {@code automatic} when an SLA forced it. */
public record AppealEscalated(UUID appealId, String department, String departmentName, String reason,
        boolean automatic, Instant occurredAt) implements AppealEvent {
}
