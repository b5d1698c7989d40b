package gridloop.feedback.closure;

import gridloop.feedback.appeal.AppealRecord;
import gridloop.feedback.appeal.FeedbackStatus;
import java.time.Instant;
import java.util.UUID;

/** The answer to a closure or a rating: where the appeal stands now. */
public record FeedbackView(UUID appealId, FeedbackStatus status, int closureRound, int reopenCount,
        Instant resolvedAt, Instant closedAt, String closedBy) {

    static FeedbackView of(AppealRecord record) {
        return new FeedbackView(record.appealId, record.status, record.closureRound, record.reopenCount,
                record.resolvedAt, record.closedAt, record.closedBy);
    }
}
