package gridloop.feedback.closure;

import gridloop.feedback.appeal.AppealRecord;
import gridloop.events.lifecycle.AppealStatus;
import java.time.Instant;
import java.util.UUID;

/**
 * The answer to a closure or a rating: where the appeal stands now. {@code submittedAt} is null while
 * feedback has heard of the appeal from dispatch only (intake's event is on another topic). {@code outcome} is
 * the last closure report's (FIXED, NOT_FIXABLE, NOT_RESPONSIBLE) and {@code handledBy} who reported it (their name
 * from the token); {@code mergedInto} the original a duplicate was merged into.
 */
public record FeedbackView(UUID appealId, AppealStatus status, Instant submittedAt, int closureRound,
        int reopenCount, Instant resolvedAt, Instant closedAt, String closedBy, String outcome, UUID mergedInto,
        String handledBy) {

    static FeedbackView of(AppealRecord record) {
        return new FeedbackView(record.appealId, record.status, record.submittedAt, record.closureRound, record.reopenCount,
                record.resolvedAt, record.closedAt, record.closedBy, record.outcome, record.mergedInto, record.handledBy);
    }
}
