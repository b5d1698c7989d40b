package gridloop.dispatch.assignment;

import gridloop.events.Actor;
import gridloop.support.security.Caller;
import gridloop.support.security.Roles;
import io.quarkus.security.ForbiddenException;

/**
 * Which tasks a caller may see and act on (security.md): an operator every task; a grid worker the tasks
 * assigned to it (its roster id from the token); department staff the tasks escalated to their department, or that
 * it assists in co-handling.
 * A task outside that is answered as not found, so its existence does not leak.
 */
public record TaskAccess(boolean everyTask, String workerId, String department, Actor actor) {

    /** Dispatch's own decisions (assignment, automatic escalation, overdue, rejection). */
    public static final Actor SYSTEM = Actor.system("dispatch");

    public static TaskAccess of(Caller caller) {
        return new TaskAccess(caller.is(Roles.OPERATOR), caller.workerId().orElse(null),
                caller.department().orElse(null), caller.actor());
    }

    public boolean covers(Task task) {
        return everyTask
                || (workerId != null && workerId.equals(task.assigneeId))
                || (department != null && (department.equals(task.department) || task.assistedBy(department)));
    }

    /**
     * A worker's list is its own queue and a department's its department's: the filter is set from the token,
     * and asking for someone else's is 403.
     */
    public TaskQuery scope(TaskQuery asked) {
        if (everyTask) {
            return asked;
        }
        if (workerId != null && asked.department() == null
                && (asked.assignee() == null || asked.assignee().equals(workerId))) {
            return new TaskQuery(workerId, null, asked.status(), asked.overdue(), asked.page(), asked.size());
        }
        if (department != null && asked.assignee() == null
                && (asked.department() == null || asked.department().equals(department))) {
            return new TaskQuery(null, department, asked.status(), asked.overdue(), asked.page(), asked.size());
        }
        // A worker or department token without its worker_id / department claim has no queue at all.
        throw new ForbiddenException(workerId == null && department == null ? "Your token names no queue"
                : "Only your own queue: " + (workerId != null ? workerId : department));
    }
}
