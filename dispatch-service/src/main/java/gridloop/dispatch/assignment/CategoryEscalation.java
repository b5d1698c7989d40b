package gridloop.dispatch.assignment;

import gridloop.events.AppealEscalated;
import gridloop.loopmetrics.AppealFacts;
import gridloop.dispatch.timeline.TaskOutbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * Escalation without anyone blowing the whistle: the task goes to its category's department and the event
 * says it was automatic. One place for the three reasons it happens: a "department first" category, a
 * second reopen, and a task still open at three times its resolve window. Runs in the caller's transaction.
 */
@ApplicationScoped
public class CategoryEscalation {

    private final gridloop.dispatch.roster.DepartmentRepository departments;
    private final TaskOutbox outbox;

    CategoryEscalation(gridloop.dispatch.roster.DepartmentRepository departments, TaskOutbox outbox) {
        this.departments = departments;
        this.outbox = outbox;
    }

    public Uni<Void> escalate(Task task, CategorySla sla, String reason, Instant at) {
        return departments.of(sla.department).chain(department -> {
            task.escalateTo(sla.department, CategorySla.reportInWithin(sla), at);
            return outbox.append(new AppealEscalated(task.appealId, sla.department, department.name, reason, true,
                    TaskAccess.SYSTEM, at),
                    AppealFacts.of(task.category));
        }).replaceWithVoid();
    }
}
