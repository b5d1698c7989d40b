package gridloop.events.lifecycle;

import static gridloop.events.lifecycle.AppealStatus.ACCEPTED;
import static gridloop.events.lifecycle.AppealStatus.ASSIGNED;
import static gridloop.events.lifecycle.AppealStatus.CLOSED;
import static gridloop.events.lifecycle.AppealStatus.ESCALATED;
import static gridloop.events.lifecycle.AppealStatus.REJECTED;
import static gridloop.events.lifecycle.AppealStatus.REOPENED;
import static gridloop.events.lifecycle.AppealStatus.RESOLVED;
import static gridloop.events.lifecycle.AppealStatus.SUBMITTED;
import static gridloop.events.lifecycle.AppealStatus.WITHDRAWN;

import gridloop.events.EventType;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The appeal's lifecycle: which event moves an appeal from which status to which. It is the one home of this rule;
 * intake's resident view, feedback's view and the command centre's markers all fold their events through it
 * ({@link StatusSteps}), so they agree whatever order the events arrive in. Pure: no clock, no I/O.
 *
 * <ul>
 *   <li>Withdrawn is final. Rejected is final, except that a merged duplicate closes with its original. Closed is
 *       final until the resident reopens it.</li>
 *   <li>Once a fix is reported (resolved), dispatch's steps wait for the resident: only the rating's outcome
 *       (reopened, closed) or a withdrawal moves it.</li>
 *   <li>While a department leads (escalated), a worker's accepting or a reassignment of the worker behind it
 *       does not change who holds it; a send-back does.</li>
 *   <li>The first assignment moves only a submitted appeal: every later move is a reassignment, so a copy of it
 *       that arrives late, or stamped a moment late by another machine's clock, changes nothing.</li>
 * </ul>
 */
public final class AppealLifecycle {

    /** The statuses in which somebody works on the appeal. */
    private static final Set<AppealStatus> IN_HAND = EnumSet.of(SUBMITTED, ASSIGNED, ACCEPTED, ESCALATED, REOPENED);

    private static final Map<EventType, AppealStatus> NAMED = new EnumMap<>(EventType.class);

    static {
        NAMED.put(EventType.APPEAL_SUBMITTED, SUBMITTED);
        NAMED.put(EventType.APPEAL_ASSIGNED, ASSIGNED);
        NAMED.put(EventType.APPEAL_REASSIGNED, ASSIGNED);
        NAMED.put(EventType.APPEAL_SENT_BACK, ASSIGNED);
        NAMED.put(EventType.APPEAL_ACCEPTED, ACCEPTED);
        NAMED.put(EventType.APPEAL_ESCALATED, ESCALATED);
        NAMED.put(EventType.APPEAL_RESOLVED, RESOLVED);
        NAMED.put(EventType.APPEAL_REOPENED, REOPENED);
        NAMED.put(EventType.APPEAL_CLOSED, CLOSED);
        NAMED.put(EventType.APPEAL_REJECTED, REJECTED);
        NAMED.put(EventType.APPEAL_WITHDRAWN, WITHDRAWN);
    }

    private AppealLifecycle() {
    }

    /** The status an event of this type moves an appeal to; empty for one that only informs (overdue, rated…). */
    public static Optional<AppealStatus> named(EventType type) {
        return Optional.ofNullable(NAMED.get(type));
    }

    /** The status after an event of {@code type} reaches an appeal that is {@code current}. */
    public static Transition next(AppealStatus current, EventType type) {
        AppealStatus target = NAMED.get(type);
        if (target == null) {
            return Transition.ignored(current, type.ceType().startsWith("gridloop.appeal.")
                    ? "it informs; it moves no status" : "it is not an appeal's event");
        }
        if (current == WITHDRAWN) {
            return Transition.ignored(current, "the resident withdrew it; withdrawn is final");
        }
        if (current == REJECTED) {
            return target == CLOSED ? Transition.to(CLOSED)
                    : Transition.ignored(current, "rejected is final; only the closure of its original closes it");
        }
        if (current == CLOSED) {
            return target == REOPENED ? Transition.to(REOPENED)
                    : Transition.ignored(current, "closed is final until the resident reopens it");
        }
        if (type == EventType.APPEAL_ASSIGNED && current != SUBMITTED) {
            // Dispatch assigns an appeal once; later moves are reassignments. A late or skewed copy changes nothing.
            return Transition.ignored(current, "the first assignment; the appeal is already past it");
        }
        return switch (target) {
            case SUBMITTED -> current == SUBMITTED ? Transition.to(SUBMITTED)
                    : Transition.ignored(current, "the appeal is already under way");
            case WITHDRAWN, CLOSED -> Transition.to(target);
            case REOPENED -> current == RESOLVED ? Transition.to(REOPENED)
                    : Transition.ignored(current, "only a reported fix can be reopened");
            case RESOLVED -> current == RESOLVED || IN_HAND.contains(current) ? Transition.to(RESOLVED)
                    : Transition.ignored(current, "nobody has it in hand");
            default -> dispatchStep(current, type, target);
        };
    }

    /** Assigned, reassigned, sent back, accepted, escalated, rejected: the steps of those who handle it. */
    private static Transition dispatchStep(AppealStatus current, EventType type, AppealStatus target) {
        if (current == RESOLVED) {
            return Transition.ignored(current, "a fix is reported; the resident's rating decides what comes next");
        }
        boolean departmentLeads = current == ESCALATED
                && (type == EventType.APPEAL_ACCEPTED || type == EventType.APPEAL_REASSIGNED);
        if (departmentLeads) {
            return Transition.ignored(current, "a department leads; the grid worker behind it does not change that");
        }
        return Transition.to(target);
    }
}
