package gridloop.command.feed;

import gridloop.events.AppealAccepted;
import gridloop.events.AppealAssigned;
import gridloop.events.AppealClosed;
import gridloop.events.AppealEscalated;
import gridloop.events.AppealEvent;
import gridloop.events.AppealOverdue;
import gridloop.events.AppealRated;
import gridloop.events.AppealReassigned;
import gridloop.events.AppealRejected;
import gridloop.events.AppealResolved;
import gridloop.events.AppealSentBack;
import gridloop.events.AppealSubmitted;
import gridloop.events.AppealSupported;

/** One line for the operators' live feed. */
public final class FeedText {

    private FeedText() {
    }

    public static String of(AppealEvent event) {
        if (event instanceof AppealSubmitted e) {
            return e.reference() + " submitted: " + e.category();
        }
        if (event instanceof AppealAssigned e) {
            return e.assigneeName() == null ? "Waiting in the operators' queue (" + name(e.grid()) + ")"
                    : "Assigned to " + e.assigneeName() + " (" + name(e.grid()) + ")";
        }
        if (event instanceof AppealReassigned e) {
            return e.assigneeName() == null ? "Moved to the operators' queue" : "Reassigned to " + e.assigneeName();
        }
        if (event instanceof AppealAccepted e) {
            return "Accepted on site by " + e.assigneeId();
        }
        if (event instanceof AppealEscalated e) {
            return "Escalated to " + e.departmentName() + (e.automatic() ? " (automatic)" : "");
        }
        if (event instanceof AppealSentBack e) {
            return e.departmentName() + " sent it back: " + e.reason() + (e.disputed() ? " (disputed)" : "");
        }
        if (event instanceof AppealOverdue e) {
            return "Overdue: " + e.deadline().toLowerCase();
        }
        if (event instanceof AppealRejected e) {
            return "Rejected: " + e.reason();
        }
        if (event instanceof AppealResolved e) {
            return "Closure reported (" + e.outcomeOrFixed() + ")";
        }
        if (event instanceof AppealRated e) {
            return "Rated " + e.satisfaction() + "/5" + (e.resolved() ? "" : ", not fixed");
        }
        if (event instanceof AppealSupported e) {
            return "Another resident supports it (" + e.supporters() + " in all)";
        }
        if (event instanceof AppealClosed e) {
            return "Closed (" + e.closedBy() + ")";
        }
        // The others (withdrawn, reported in, co-handled, ...): their name says it.
        return event.getClass().getSimpleName().replace("Appeal", "").replaceAll("([a-z])([A-Z])", "$1 $2");
    }

    private static String name(gridloop.events.GridUnit unit) {
        return unit == null ? "no grid" : unit.name();
    }
}
