package gridloop.dispatch.assignment;

import gridloop.dispatch.roster.WorkerRepository;
import gridloop.events.AppealClosed;
import gridloop.events.AppealReopened;
import gridloop.events.AppealResolved;
import gridloop.events.AppealWithdrawn;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** What the rest of the loop tells dispatch: resolved, reopened, closed, withdrawn. */
@ApplicationScoped
public class TaskLifecycle {

    private final TaskRepository tasks;
    private final WorkerRepository workers;
    private final Clock clock;

    TaskLifecycle(TaskRepository tasks, WorkerRepository workers, Clock clock) {
        this.tasks = tasks;
        this.workers = workers;
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
                task.updatedAt = now();
            }
        }).replaceWithVoid();
    }

    /** Back to the same grid and worker with fresh deadlines; the worker's load was never released. */
    public Uni<Void> onReopened(AppealReopened event) {
        return tasks.findForUpdate(event.appealId()).chain(task -> {
            if (task == null || !task.status.isOpen()) {
                return Uni.createFrom().voidItem();
            }
            return CategorySla.<CategorySla>findById(task.category).invoke(sla -> {
                Instant now = now();
                task.status = task.department == null ? TaskStatus.ASSIGNED : TaskStatus.ESCALATED;
                task.reopenCount = Math.max(task.reopenCount, event.reopenCount());
                if (sla != null) {
                    task.acceptBy = now.plus(Duration.ofHours(sla.acceptWithinHours));
                    task.resolveBy = now.plus(Duration.ofHours(sla.resolveWithinHours));
                }
                task.updatedAt = now;
            }).replaceWithVoid();
        });
    }

    private Uni<Void> finish(UUID appealId, TaskStatus finalStatus) {
        return tasks.findForUpdate(appealId).chain(task -> {
            if (task == null || !task.status.isOpen()) {
                return Uni.createFrom().voidItem();
            }
            task.status = finalStatus;
            task.updatedAt = now();
            return releaseLoad(task.assigneeId);
        });
    }

    private Uni<Void> releaseLoad(String workerId) {
        if (workerId == null) {
            return Uni.createFrom().voidItem();
        }
        return workers.findForUpdate(workerId).invoke(worker -> {
            if (worker != null && worker.openTasks > 0) {
                worker.openTasks--;
            }
        }).replaceWithVoid();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
