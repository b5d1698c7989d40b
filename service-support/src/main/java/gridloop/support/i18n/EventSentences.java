package gridloop.support.i18n;

import static gridloop.events.wording.EventWording.ASSISTING;
import static gridloop.events.wording.EventWording.CATEGORY;
import static gridloop.events.wording.EventWording.DEPARTMENT;
import static gridloop.events.wording.EventWording.DEPARTMENT_NAME;
import static gridloop.events.wording.EventWording.DUE_AT;
import static gridloop.events.wording.EventWording.FROM;
import static gridloop.events.wording.EventWording.LEAD;
import static gridloop.events.wording.EventWording.CODE;
import static gridloop.events.wording.EventWording.MERGED_INTO;
import static gridloop.events.wording.EventWording.NAME;
import static gridloop.events.wording.EventWording.REASON;
import static gridloop.events.wording.EventWording.REFERENCE;
import static gridloop.events.wording.EventWording.SATISFACTION;
import static gridloop.events.wording.EventWording.SUPPORTERS;
import static gridloop.events.wording.EventWording.TO;
import static gridloop.events.wording.EventWording.WORKER;
import static gridloop.events.wording.EventWording.WORKER_ID;

import gridloop.events.wording.EventWording.Wording;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;

/**
 * What an event says to the street's staff, in the reader's language: a stored or fresh {@link Wording} becomes a
 * sentence of {@link EventMessages}, with the district's names, reasons and times worded by {@link DistrictWords}.
 */
@ApplicationScoped
public class EventSentences {

    private final DistrictWords words;

    EventSentences(DistrictWords words) {
        this.words = words;
    }

    public String text(Wording wording, Locale reader) {
        EventMessages m = Text.bundle(EventMessages.class, reader);
        String department = words.department(wording.param(DEPARTMENT), wording.param(DEPARTMENT_NAME), reader);
        String grid = wording.gridName(reader.toLanguageTag());
        String reason = words.reason(wording.param(REASON), reader);
        return switch (wording.phrase()) {
            case SUBMITTED -> m.submitted(wording.param(REFERENCE), words.category(wording.param(CATEGORY), reader));
            case WITHDRAWN -> m.withdrawn();
            case WAITING -> m.waiting(grid);
            case ASSIGNED -> m.assigned(wording.param(WORKER), grid);
            case ACCEPTED -> m.accepted(wording.param(WORKER_ID));
            case ESCALATED -> m.escalated(department);
            case ESCALATED_AUTOMATICALLY -> m.escalatedAutomatically(department);
            case MOVED -> m.moved(grid);
            case REASSIGNED -> m.reassigned(wording.param(WORKER));
            case OVERDUE_ACCEPT -> m.overdueAccept();
            case OVERDUE_RESOLVE -> m.overdueResolve();
            case REPORTED_IN -> m.reportedIn(department);
            case REPORT_IN_OVERDUE -> m.reportInOverdue(department, words.time(wording.param(DUE_AT), reader));
            case CO_HANDLED -> m.coHandled(words.department(wording.param(LEAD), null, reader),
                    words.departments(wording.param(ASSISTING), reader));
            case PART_REPORTED -> m.partReported(department);
            case RECATEGORIZED -> m.recategorized(words.category(wording.param(FROM), reader),
                    words.category(wording.param(TO), reader));
            case SENT_BACK -> m.sentBack(department, reason);
            case SENT_BACK_DISPUTED -> m.sentBackDisputed(department, reason);
            case REJECTED -> m.rejected(reason);
            case RESOLVED -> m.resolved();
            case RESOLVED_NOT_FIXABLE -> m.resolvedNotFixable();
            case RESOLVED_NOT_RESPONSIBLE -> m.resolvedNotResponsible();
            case RATED_FIXED -> m.ratedFixed(wording.param(SATISFACTION));
            case RATED_NOT_FIXED -> m.ratedNotFixed(wording.param(SATISFACTION));
            case REOPENED -> m.reopened();
            case SUPPORTED -> m.supported(wording.param(SUPPORTERS));
            case CLOSED -> m.closed();
            case CLOSED_BY_TIMEOUT -> m.closedByTimeout();
            case CLOSED_WITH_ORIGINAL -> m.closedWithOriginal(wording.param(MERGED_INTO));
            case FACILITY_FAULTY -> m.facilityFaulty(wording.param(NAME), wording.param(CODE));
            case FACILITY_UNDER_REPAIR -> m.facilityUnderRepair(wording.param(NAME), wording.param(CODE));
            case FACILITY_IN_SERVICE -> m.facilityInService(wording.param(NAME), wording.param(CODE));
            case FACILITY_RETIRED -> m.facilityRetired(wording.param(NAME), wording.param(CODE));
            case LEGACY -> wording.param("text");
        };
    }
}
