package gridloop.dispatch.assignment;

import gridloop.dispatch.roster.WorkerRepository;
import gridloop.events.AppealClosed;
import gridloop.events.AppealReopened;
import gridloop.events.AppealResolved;
import gridloop.events.AppealSupported;
import gridloop.events.AppealWithdrawn;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** What the rest of the loop tells dispatch: supported, resolved, reopened, closed, withdrawn. */
@ApplicationScoped
public class TaskLifecycle {

    static final int ESCALATE_AFTER_REOPENS = 2;

    private final CategorySlaRepository slas;
    private final TaskRepository tasks;
    private final WorkerRepository workers;
    private final Clock clock;
    private final ReopenHandover handover;
    private final CategoryEscalation escalation;

    TaskLifecycle(CategorySlaRepository slas, TaskRepository tasks, WorkerRepository workers, Clock clock, ReopenHandover handover,
            CategoryEscalation escalation) {
        this.slas = slas;
        this.handover = handover;
        this.tasks = tasks;
        this.workers = workers;
        this.clock = clock;
        this.escalation = escalation;
    }

    public Uni<Void> onWithdrawn(AppealWithdrawn event) {
        return finish(event.appealId(), TaskStatus.WITHDRAWN);
    }

    public Uni<Void> onClosed(AppealClosed event) {
        return finish(event.appealId(), TaskStatus.CLOSED);
    }

    /** The support count only grows: a count from an older event never lowers it. */
    public Uni<Void> onSupported(AppealSupported event) {
        return tasks.findForUpdate(event.appealId()).invoke(task -> {
            if (task != null && event.supporters() > task.supporters) {
                task.supporters = event.supporters();
            }
        }).replaceWithVoid();
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
            return slas.of(task.category).call(sla -> {
                task.status = task.department == null ? TaskStatus.ASSIGNED : TaskStatus.ESCALATED;
                task.reopenCount = event.reopenCount();
                if (sla != null) {
                    task.startClocks(sla, now);
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
        return escalation.escalate(task, sla, SystemReasons.REOPENED_REPEATEDLY, now);
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
