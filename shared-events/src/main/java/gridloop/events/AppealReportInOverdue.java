package gridloop.events;

import java.time.Instant;
import java.util.UUID;

/**
 * The department an appeal was escalated to did not report in by its category's report-in deadline (2 hours by
 * default). Announced once per escalation; a late report-in still follows as {@link AppealReportedIn}.
 */
public record AppealReportInOverdue(UUID appealId, String department, String departmentName, Instant dueAt,
        Actor actor, Instant occurredAt) implements AppealEvent {
}
