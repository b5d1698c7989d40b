package gridloop.events;

import java.time.Instant;
import java.util.UUID;

/**
 * The department the appeal was escalated to answered the whistle (报到): it acknowledged the appeal and now
 * handles it. At most once per escalation.
 */
public record AppealReportedIn(UUID appealId, String department, String departmentName, Actor actor,
        Instant occurredAt) implements AppealEvent {
}
