package gridloop.events;

import java.time.Instant;
import java.util.UUID;

/**
 * Send-back (退回): the department the appeal was escalated to answered "not ours", with a {@code reason} from the
 * contract's list ({@code NOT_OUR_JURISDICTION}, {@code WRONG_CATEGORY}, {@code NEEDS_ANOTHER_DEPARTMENT},
 * {@code INSUFFICIENT_INFORMATION}) and a note. The appeal waits in the operators' queue to be routed again.
 * {@code sendBacks} counts this appeal's send-backs; from the second on it is {@code disputed}.
 */
public record AppealSentBack(UUID appealId, String department, String departmentName, String reason, String note,
        int sendBacks, boolean disputed, Actor actor, Instant occurredAt) implements AppealEvent {
}
