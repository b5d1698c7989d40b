package gridloop.intake.appeal;

import gridloop.events.AppealAccepted;
import gridloop.events.AppealAssigned;
import gridloop.events.AppealClosed;
import gridloop.events.AppealCoHandled;
import gridloop.events.AppealEscalated;
import gridloop.events.AppealEvent;
import gridloop.events.AppealOverdue;
import gridloop.events.AppealPartReported;
import gridloop.events.AppealRated;
import gridloop.events.AppealReassigned;
import gridloop.events.AppealRecategorized;
import gridloop.events.AppealRejected;
import gridloop.events.AppealReportInOverdue;
import gridloop.events.AppealReportedIn;
import gridloop.events.AppealReopened;
import gridloop.events.AppealResolved;
import gridloop.events.AppealSentBack;
import gridloop.events.AppealSubmitted;
import gridloop.events.AppealWithdrawn;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The short human text of an event in the resident's timeline. Which status the event moves the appeal to is not
 * decided here but by the lifecycle ({@code gridloop.events.lifecycle.AppealLifecycle}).
 */
public final class TimelineText {

    private static final DateTimeFormatter HOURS_MINUTES =
            DateTimeFormatter.ofPattern("HH:mm");

    private TimelineText() {
    }

    /** @param zone the district's ({@code gridloop.district-zone}): times are shown as a resident there reads them */
    public static String of(AppealEvent event, ZoneId zone) {
        // Java 17: no pattern matching in switch yet, so one instanceof per event type.
        if (event instanceof AppealSubmitted e) {
            return "Appeal " + e.reference() + " received";
        }
        if (event instanceof AppealWithdrawn e) {
            return "Withdrawn by the resident";
        }
        if (event instanceof AppealAssigned e) {
            return e.assigneeName() == null
                    ? "Waiting for the command centre to assign it (grid " + name(e.grid()) + ")"
                    : "Assigned to grid worker " + e.assigneeName() + " (" + name(e.grid()) + ")";
        }
        if (event instanceof AppealAccepted e) {
            return "The grid worker is on site";
        }
        if (event instanceof AppealEscalated e) {
            return "Passed to " + e.departmentName()
                    + (e.automatic() ? " (deadline missed)" : "");
        }
        if (event instanceof AppealReassigned e) {
            return e.assigneeName() == null
                    ? "Moved to grid " + name(e.grid()) : "Reassigned to " + e.assigneeName();
        }
        if (event instanceof AppealOverdue e) {
            return "Overdue: the deadline to "
                    + e.deadline().toLowerCase() + " passed";
        }
        if (event instanceof AppealReportedIn e) {
            return e.departmentName() + " reported in at " + localTime(e.occurredAt(), zone);
        }
        if (event instanceof AppealReportInOverdue e) {
            return e.departmentName() + " has not reported in yet (due at " + localTime(e.dueAt(), zone) + ")";
        }
        if (event instanceof AppealCoHandled e) {
            return e.leadName() + " leads, with the help of " + String.join(", ", e.assistingNames());
        }
        if (event instanceof AppealPartReported e) {
            return e.departmentName() + " reported its part: " + e.summary();
        }
        if (event instanceof AppealRecategorized e) {
            return "Category corrected from " + readable(e.previousCategory()) + " to "
                    + readable(e.category()) + " (" + e.reason() + ")";
        }
        if (event instanceof AppealSentBack e) {
            return e.departmentName() + " sent it back: " + readable(e.reason())
                    + (e.note() == null || e.note().isBlank() ? "" : " (" + e.note() + ")")
                    + (e.disputed() ? ". Disputed: the command centre decides where it belongs"
                            : ". The command centre routes it again");
        }
        if (event instanceof AppealRejected e) {
            return "Rejected: " + e.reason()
                    + (e.detail() == null ? "" : " (" + e.detail() + ")");
        }
        if (event instanceof AppealResolved e) {
            return switch (e.outcomeOrFixed()) {
                case AppealResolved.NOT_FIXABLE -> "Cannot be fixed"
                        + (e.outcomeReason() == null ? "" : " (" + e.outcomeReason() + ")") + ": " + e.resolution();
                case AppealResolved.NOT_RESPONSIBLE -> "Not the district's responsibility: " + e.resolution();
                default -> "Handled: " + e.resolution();
            };
        }
        if (event instanceof AppealRated e) {
            return "Rated " + e.satisfaction() + "/5"
                    + (e.resolved() ? ", fixed" : ", not fixed");
        }
        if (event instanceof AppealReopened e) {
            return "Reopened: the resident said it is not fixed";
        }
        if (event instanceof AppealClosed e) {
            return switch (e.closedBy()) {
                case AppealClosed.BY_TIMEOUT -> "Closed automatically (no rating in time)";
                case AppealClosed.BY_ORIGINAL -> "Closed together with " + e.mergedIntoReference()
                        + ", the appeal it duplicated";
                default -> "Closed";
            };
        }
        throw new IllegalArgumentException("No timeline text for " + event.getClass().getSimpleName());
    }

    /** NOT_OUR_JURISDICTION → "not our jurisdiction". */
    private static String readable(String code) {
        return code.toLowerCase().replace('_', ' ');
    }

    private static String localTime(Instant at, ZoneId zone) {
        return HOURS_MINUTES.format(at.atZone(zone));
    }

    private static String name(gridloop.events.GridUnit unit) {
        return unit == null ? "unknown" : unit.name();
    }
}
