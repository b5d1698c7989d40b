package gridloop.dispatch.assignment;

import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What "overdue" means, in one place: past accept-by before anyone accepted, or past resolve-by before a
 * closure was reported. The same rule as a Java predicate (the flag on a task) and as HQL conditions on
 * {@code Task} with the parameter {@code :now} (the task-list filter, the gauge, the SLA checks), so the
 * flag, the filter and the figures always agree.
 *
 * <p>Statuses are HQL enum literals, not parameters: only then can PostgreSQL match the partial deadline
 * indexes (whose predicates name the statuses) in every plan, including a generic plan of a cached statement.
 */
public final class Overdue {

    /** Not yet accepted after accept-by. */
    public static final String ACCEPT_LATE = "(status = " + literal(TaskStatus.ASSIGNED) + " and acceptBy < :now)";
    /** Not yet resolved after resolve-by. */
    public static final String RESOLVE_LATE = "(status in (" + literals(TaskStatus.AWAITING_RESOLUTION)
            + ") and resolveBy < :now)";
    /** Escalated, and the department has not reported in by its report-in deadline. */
    public static final String REPORT_IN_LATE = "(status = " + literal(TaskStatus.ESCALATED)
            + " and reportedInAt is null and reportInBy < :now)";
    /** Overdue on either deadline. */
    public static final String LATE = "(" + ACCEPT_LATE + " or " + RESOLVE_LATE + ")";
    /** Still with the grid (not accepted further, no department) at three times the resolve window. */
    public static final String ESCALATION_DUE = "(status in (" + literal(TaskStatus.ASSIGNED) + ", "
            + literal(TaskStatus.ACCEPTED) + ") and department is null and escalateBy < :now)";

    private Overdue() {
    }

    public static boolean acceptLate(TaskStatus status, Instant acceptBy, Instant now) {
        return status == TaskStatus.ASSIGNED && acceptBy != null && acceptBy.isBefore(now);
    }

    public static boolean resolveLate(TaskStatus status, Instant resolveBy, Instant now) {
        return TaskStatus.AWAITING_RESOLUTION.contains(status) && resolveBy != null && resolveBy.isBefore(now);
    }

    public static boolean late(TaskStatus status, Instant acceptBy, Instant resolveBy, Instant now) {
        return acceptLate(status, acceptBy, now) || resolveLate(status, resolveBy, now);
    }

    private static String literal(TaskStatus status) {
        return TaskStatus.class.getName() + "." + status.name();
    }

    private static String literals(Set<TaskStatus> statuses) {
        return statuses.stream().sorted().map(Overdue::literal).collect(Collectors.joining(", "));
    }
}
