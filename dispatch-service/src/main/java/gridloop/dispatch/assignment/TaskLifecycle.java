package gridloop.dispatch.assignment;

import gridloop.dispatch.roster.Department;
import gridloop.dispatch.roster.WorkerRepository;
import gridloop.events.AppealEscalated;
import gridloop.events.AppealClosed;
import gridloop.events.AppealReopened;
import gridloop.events.AppealResolved;
import gridloop.events.AppealWithdrawn;
import gridloop.support.outbox.AppealFacts;
import gridloop.support.outbox.OutboxWriter;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** What the rest of the loop tells dispatch: resolved, reopened, closed, withdrawn. */
@ApplicationScoped
public class TaskLifecycle {

    static final int ESCALATE_AFTER_REOPENS = 2;

    private final TaskRepository tasks;
    private final WorkerRepository workers;
    private final OutboxWriter outbox;
    private final Clock clock;
    private final ReopenHandover handover;

    TaskLifecycle(TaskRepository tasks, WorkerRepository workers, OutboxWriter outbox, Clock clock,
            ReopenHandover handover) {
        this.handover = handover;
        this.tasks = tasks;
        this.workers = workers;
        this.outbox = outbox;
        this.clock = clock;
    }

    public Uni<Void> onWithdrawn(AppealWithdrawn event) {
        return finish(event.appealId(), TaskStatus.WITHDRAWN);
    }

    public Uni<Void> onClosed(AppealClosed event) {
        return finish(event.appealId(), TaskStatus.CLOSED);
    }

    public Uni<Void> onResolved(AppealResolved event) {
        return tasks.findForUpdate(event.appealId()).invoke(task -> {
            if (task != null && task.status.isOpen()) {
                task.status = TaskStatus.RESOLVED;
                task.updatedAt = clock.instant();
            }
        }).replaceWithVoid();
    }

    /**
     * Back to the same grid and worker (if on duty, see {@link ReopenHandover}) with fresh deadlines; the
     * load was never released. A second reopen means the grid could not fix it: the category's department
     * is brought in.
     */
    public Uni<Void> onReopened(AppealReopened event) {
        return tasks.findForUpdate(event.appealId()).chain(task -> {
            // A round already applied (a copy of the event under another ce_id) must not reset the deadlines.
            if (task == null || !task.status.isOpen() || event.reopenCount() <= task.reopenCount) {
                return Uni.createFrom().voidItem();
            }
            Instant now = clock.instant();
            return CategorySla.<CategorySla>findById(task.category).call(sla -> {
                task.status = task.department == null ? TaskStatus.ASSIGNED : TaskStatus.ESCALATED;
                task.reopenCount = event.reopenCount();
                if (sla != null) {
                    task.acceptBy = now.plus(Duration.ofHours(sla.acceptWithinHours));
                    task.resolveBy = now.plus(Duration.ofHours(sla.resolveWithinHours));
                    task.escalateBy = now.plus(Duration.ofHours(3L * sla.resolveWithinHours));
                    task.acceptOverdue = false;
                    task.resolveOverdue = false;
                }
                task.updatedAt = now;
                return handover.handOverIfOffDuty(task, now).chain(() -> escalateIfReopenedAgain(task, sla, now));
            }).replaceWithVoid();
        });
    }

    private Uni<Void> escalateIfReopenedAgain(Task task, CategorySla sla, Instant now) {
        if (sla == null || task.reopenCount < ESCALATE_AFTER_REOPENS || task.department != null) {
            return Uni.createFrom().voidItem();
        }
        return Department.<Department>findById(sla.department).chain(department -> {
            task.department = sla.department;
            task.status = TaskStatus.ESCALATED;
            return outbox.append(new AppealEscalated(task.appealId, sla.department, department.name,
                    "Reopened " + task.reopenCount + " times by the resident", true, now), AppealFacts.of(task.category)).replaceWithVoid();
        });
    }

    private Uni<Void> finish(UUID appealId, TaskStatus finalStatus) {
        return tasks.findForUpdate(appealId).chain(task -> {
            if (task == null || !task.status.isOpen()) {
                return Uni.createFrom().voidItem();
            }
            task.status = finalStatus;
            task.updatedAt = clock.instant();
            return workers.releaseOne(task.assigneeId);
        });
    }

}
