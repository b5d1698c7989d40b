package gridloop.intake.notification;

import gridloop.events.AppealAssigned;
import gridloop.events.AppealClosed;
import gridloop.events.AppealEscalated;
import gridloop.events.AppealEvent;
import gridloop.events.AppealRejected;
import gridloop.events.AppealReopened;
import gridloop.events.AppealResolved;
import gridloop.events.AppealSubmitted;
import java.util.Optional;

/**
 * The steps of an appeal its resident is told of, and the one rule of which event is which step: received, assigned
 * (naming the grid), passed to a department, reported fixed (with "please rate"), reopened, rejected or merged (with
 * the reason), closed. Every other event (accepted, overdue, a reassignment inside the grid) tells the resident
 * nothing new enough to interrupt them for.
 */
public enum NotificationKind {
    RECEIVED, ASSIGNED, ESCALATED, RESOLVED, REOPENED, REJECTED, MERGED, CLOSED,
    /** No event: 24 h after a closure report that is not rated yet, the resident is asked once more. */
    RATE_REMINDER;

    /** The steps whose message asks for the rating and carries its link. */
    public boolean asksForRating() {
        return this == RESOLVED || this == RATE_REMINDER;
    }

    public static Optional<NotificationKind> of(AppealEvent event) {
        if (event instanceof AppealSubmitted) {
            return Optional.of(RECEIVED);
        }
        if (event instanceof AppealAssigned) {
            return Optional.of(ASSIGNED);
        }
        if (event instanceof AppealEscalated) {
            return Optional.of(ESCALATED);
        }
        if (event instanceof AppealResolved) {
            return Optional.of(RESOLVED);
        }
        if (event instanceof AppealReopened) {
            return Optional.of(REOPENED);
        }
        if (event instanceof AppealRejected rejected) {
            return Optional.of(rejected.mergesInto() ? MERGED : REJECTED);
        }
        if (event instanceof AppealClosed) {
            return Optional.of(CLOSED);
        }
        return Optional.empty();
    }
}
