package gridloop.command.feed;

import static gridloop.events.wording.EventWording.ASSISTING;
import static gridloop.events.wording.EventWording.CATEGORY;
import static gridloop.events.wording.EventWording.DEPARTMENT;
import static gridloop.events.wording.EventWording.DEPARTMENT_NAME;
import static gridloop.events.wording.EventWording.DUE_AT;
import static gridloop.events.wording.EventWording.FROM;
import static gridloop.events.wording.EventWording.LEAD;
import static gridloop.events.wording.EventWording.MERGED_INTO;
import static gridloop.events.wording.EventWording.REASON;
import static gridloop.events.wording.EventWording.REFERENCE;
import static gridloop.events.wording.EventWording.SATISFACTION;
import static gridloop.events.wording.EventWording.SUPPORTERS;
import static gridloop.events.wording.EventWording.TO;
import static gridloop.events.wording.EventWording.WORKER;
import static gridloop.events.wording.EventWording.WORKER_ID;

import gridloop.command.messages.CommandMessages;
import gridloop.events.wording.EventWording.Wording;
import gridloop.support.i18n.DistrictWords;
import gridloop.support.i18n.Text;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;

/** The operators' feed in the reader's language: a stored line becomes a sentence of {@link CommandMessages}. */
@ApplicationScoped
public class FeedWording {

    private final DistrictWords words;

    FeedWording(DistrictWords words) {
        this.words = words;
    }

    public List<FeedItem> items(List<FeedLine> lines, Locale reader) {
        return lines.stream().map(line -> item(line, reader)).toList();
    }

    public FeedItem item(FeedLine line, Locale reader) {
        return new FeedItem(line.id(), line.appealId(), line.reference(), line.category(), line.type(),
                line.occurredAt(), text(line.wording(), reader), line.wording().phrase().name());
    }

    String text(Wording wording, Locale reader) {
        CommandMessages m = Text.bundle(CommandMessages.class, reader);
        String department = words.department(wording.param(DEPARTMENT), wording.param(DEPARTMENT_NAME), reader);
        String grid = wording.gridName(reader.toLanguageTag());
        String reason = words.reason(wording.param(REASON), reader);
        return switch (wording.phrase()) {
            case SUBMITTED -> m.feedSubmitted(wording.param(REFERENCE), words.category(wording.param(CATEGORY), reader));
            case WITHDRAWN -> m.feedWithdrawn();
            case WAITING -> m.feedWaiting(grid);
            case ASSIGNED -> m.feedAssigned(wording.param(WORKER), grid);
            case ACCEPTED -> m.feedAccepted(wording.param(WORKER_ID));
            case ESCALATED -> m.feedEscalated(department);
            case ESCALATED_AUTOMATICALLY -> m.feedEscalatedAutomatically(department);
            case MOVED -> m.feedMoved(grid);
            case REASSIGNED -> m.feedReassigned(wording.param(WORKER));
            case OVERDUE_ACCEPT -> m.feedOverdueAccept();
            case OVERDUE_RESOLVE -> m.feedOverdueResolve();
            case REPORTED_IN -> m.feedReportedIn(department);
            case REPORT_IN_OVERDUE -> m.feedReportInOverdue(department, words.time(wording.param(DUE_AT), reader));
            case CO_HANDLED -> m.feedCoHandled(words.department(wording.param(LEAD), null, reader),
                    words.departments(wording.param(ASSISTING), reader));
            case PART_REPORTED -> m.feedPartReported(department);
            case RECATEGORIZED -> m.feedRecategorized(words.category(wording.param(FROM), reader),
                    words.category(wording.param(TO), reader));
            case SENT_BACK -> m.feedSentBack(department, reason);
            case SENT_BACK_DISPUTED -> m.feedSentBackDisputed(department, reason);
            case REJECTED -> m.feedRejected(reason);
            case RESOLVED -> m.feedResolved();
            case RESOLVED_NOT_FIXABLE -> m.feedResolvedNotFixable();
            case RESOLVED_NOT_RESPONSIBLE -> m.feedResolvedNotResponsible();
            case RATED_FIXED -> m.feedRatedFixed(wording.param(SATISFACTION));
            case RATED_NOT_FIXED -> m.feedRatedNotFixed(wording.param(SATISFACTION));
            case REOPENED -> m.feedReopened();
            case SUPPORTED -> m.feedSupported(wording.param(SUPPORTERS));
            case CLOSED -> m.feedClosed();
            case CLOSED_BY_TIMEOUT -> m.feedClosedByTimeout();
            case CLOSED_WITH_ORIGINAL -> m.feedClosedWithOriginal(wording.param(MERGED_INTO));
            case LEGACY -> wording.param("text");
        };
    }
}
