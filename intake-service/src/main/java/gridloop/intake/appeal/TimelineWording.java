package gridloop.intake.appeal;

import static gridloop.events.wording.EventWording.AT;
import static gridloop.events.wording.EventWording.ASSISTING;
import static gridloop.events.wording.EventWording.DEPARTMENT;
import static gridloop.events.wording.EventWording.DEPARTMENT_NAME;
import static gridloop.events.wording.EventWording.DETAIL;
import static gridloop.events.wording.EventWording.DUE_AT;
import static gridloop.events.wording.EventWording.FROM;
import static gridloop.events.wording.EventWording.LEAD;
import static gridloop.events.wording.EventWording.MERGED_INTO;
import static gridloop.events.wording.EventWording.NAME;
import static gridloop.events.wording.EventWording.NOTE;
import static gridloop.events.wording.EventWording.REASON;
import static gridloop.events.wording.EventWording.REFERENCE;
import static gridloop.events.wording.EventWording.RESOLUTION;
import static gridloop.events.wording.EventWording.SATISFACTION;
import static gridloop.events.wording.EventWording.SUMMARY;
import static gridloop.events.wording.EventWording.SUPPORTERS;
import static gridloop.events.wording.EventWording.TO;
import static gridloop.events.wording.EventWording.WORKER;

import gridloop.events.wording.EventWording.Wording;
import gridloop.intake.messages.IntakeMessages;
import gridloop.support.i18n.DistrictWords;
import gridloop.support.i18n.Text;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;

/**
 * The resident's timeline in the reader's language: a stored {@link Wording} becomes a sentence of
 * {@link IntakeMessages}, with the district's names, reasons and times worded by {@link DistrictWords}.
 */
@ApplicationScoped
public class TimelineWording {

    private final DistrictWords words;

    TimelineWording(DistrictWords words) {
        this.words = words;
    }

    public String text(Wording wording, Locale reader) {
        IntakeMessages m = Text.bundle(IntakeMessages.class, reader);
        String department = words.department(wording.param(DEPARTMENT), wording.param(DEPARTMENT_NAME), reader);
        String grid = wording.gridName(reader.toLanguageTag());
        String reason = words.reason(wording.param(REASON), reader);
        return switch (wording.phrase()) {
            case SUBMITTED -> m.timelineSubmitted(wording.param(REFERENCE));
            case WITHDRAWN -> m.timelineWithdrawn();
            case WAITING -> m.timelineWaiting(grid);
            case ASSIGNED -> m.timelineAssigned(wording.param(WORKER), grid);
            case ACCEPTED -> m.timelineAccepted();
            case ESCALATED -> m.timelineEscalated(department);
            case ESCALATED_AUTOMATICALLY -> m.timelineEscalatedAutomatically(department);
            case MOVED -> m.timelineMoved(grid);
            case REASSIGNED -> m.timelineReassigned(wording.param(WORKER));
            case OVERDUE_ACCEPT -> m.timelineOverdueAccept();
            case OVERDUE_RESOLVE -> m.timelineOverdueResolve();
            case REPORTED_IN -> m.timelineReportedIn(department, words.time(wording.param(AT), reader));
            case REPORT_IN_OVERDUE -> m.timelineReportInOverdue(department, words.time(wording.param(DUE_AT), reader));
            case CO_HANDLED -> m.timelineCoHandled(words.department(wording.param(LEAD), null, reader),
                    words.departments(wording.param(ASSISTING), reader));
            case PART_REPORTED -> m.timelinePartReported(department, wording.param(SUMMARY));
            case RECATEGORIZED -> m.timelineRecategorized(words.category(wording.param(FROM), reader),
                    words.category(wording.param(TO), reader), wording.param(REASON));
            case SENT_BACK -> m.timelineSentBack(department, reason, wording.param(NOTE));
            case SENT_BACK_DISPUTED -> m.timelineSentBackDisputed(department, reason, wording.param(NOTE));
            case REJECTED -> m.timelineRejected(reason, wording.param(MERGED_INTO), wording.param(DETAIL));
            case RESOLVED -> m.timelineResolved(wording.param(RESOLUTION));
            // A closure's own reason is the handler's words, not a code.
            case RESOLVED_NOT_FIXABLE -> m.timelineResolvedNotFixable(wording.param(REASON), wording.param(RESOLUTION));
            case RESOLVED_NOT_RESPONSIBLE -> m.timelineResolvedNotResponsible(wording.param(RESOLUTION));
            case RATED_FIXED -> m.timelineRatedFixed(wording.param(SATISFACTION));
            case RATED_NOT_FIXED -> m.timelineRatedNotFixed(wording.param(SATISFACTION));
            case REOPENED -> m.timelineReopened();
            case SUPPORTED -> m.timelineSupported(wording.param(SUPPORTERS));
            case CLOSED -> m.timelineClosed();
            case CLOSED_BY_TIMEOUT -> m.timelineClosedByTimeout();
            case CLOSED_WITH_ORIGINAL -> m.timelineClosedWithOriginal(wording.param(MERGED_INTO));
            // The facility the appeal named, as the registry moved it.
            case FACILITY_FAULTY -> m.timelineFacilityFaulty(wording.param(NAME));
            case FACILITY_UNDER_REPAIR -> m.timelineFacilityUnderRepair(wording.param(NAME));
            case FACILITY_IN_SERVICE -> m.timelineFacilityInService(wording.param(NAME));
            case FACILITY_RETIRED -> m.timelineFacilityRetired(wording.param(NAME));
            case LEGACY -> wording.param("text");
        };
    }
}
