package gridloop.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Co-handling (协办): the appeal is escalated to a lead department (also announced as {@link AppealEscalated}) with
 * assisting departments. Each reports in and reports its part; the appeal's closure is the lead's.
 */
public record AppealCoHandled(UUID appealId, String lead, String leadName, List<String> assisting,
        List<String> assistingNames, String reason, Actor actor, Instant occurredAt) implements AppealEvent {
}
