package gridloop.dispatch.assignment;

import gridloop.events.Actor;
import gridloop.dispatch.grid.GridMapHolder;
import gridloop.dispatch.grid.MapUnit;
import gridloop.dispatch.roster.GridWorker;
import gridloop.dispatch.roster.WorkerPicker;
import gridloop.dispatch.roster.WorkerRepository;
import gridloop.events.AppealReassigned;
import gridloop.events.GridUnit;
import gridloop.support.outbox.AppealFacts;
import gridloop.support.outbox.OutboxWriter;
import gridloop.support.problem.ApiException;
import gridloop.support.problem.Problem;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An operator moves a task to another worker, or to another grid (whose on-duty worker is then chosen
 * as for a new appeal). The load moves with it.
 */
@ApplicationScoped
public class Reassignment {

    private final TaskRepository tasks;
    private final WorkerRepository workers;
    private final WorkerPicker picker;
    private final GridMapHolder maps;
    private final OutboxWriter outbox;
    private final Clock clock;

    Reassignment(TaskRepository tasks, WorkerRepository workers, WorkerPicker picker, GridMapHolder maps,
            OutboxWriter outbox, Clock clock) {
        this.tasks = tasks;
        this.workers = workers;
        this.picker = picker;
        this.maps = maps;
        this.outbox = outbox;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<TaskView> reassign(UUID appealId, String assigneeId, String gridId, String reason, Actor actor) {
        if ((assigneeId == null) == (gridId == null)) {
            throw ApiException.badRequest("Give either 'assignee' or 'gridId'",
                    List.of(new Problem.Violation("assignee", "exactly one of assignee and gridId")));
        }
        Instant now = clock.instant();
        return tasks.findForUpdate(appealId).chain(task -> {
            if (task == null) {
                throw ApiException.notFound("Task", appealId);
            }
            if (!task.status.isOpen() || task.status == TaskStatus.RESOLVED) {
                throw ApiException.conflict("Task is " + task.status + "; it can no longer be reassigned");
            }
            Uni<GridWorker> target = assigneeId != null ? namedWorker(assigneeId) : workerOfGrid(gridId, now);
            return target.chain(worker -> move(task, worker, gridId, reason, actor, now));
        });
    }

    private Uni<GridWorker> namedWorker(String assigneeId) {
        return workers.findForUpdate(assigneeId).map(worker -> {
            if (worker == null) {
                throw ApiException.unprocessable("unknown-worker", "Unknown worker", "No grid worker " + assigneeId,
                        List.of(new Problem.Violation("assignee", "unknown worker")), null);
            }
            return worker;
        });
    }

    private Uni<GridWorker> workerOfGrid(String gridId, Instant now) {
        MapUnit grid = maps.current().unit(gridId).orElseThrow(() -> ApiException.unprocessable("unknown-grid",
                "Unknown grid", "No grid " + gridId, List.of(new Problem.Violation("gridId", "unknown grid")), null));
        return picker.pick(grid.id(), grid.parentId(), now);
    }

    private Uni<TaskView> move(Task task, GridWorker worker, String gridId, String reason, Actor actor, Instant now) {
        String previous = task.assigneeId;
        if (worker != null && worker.id.equals(previous)) {
            throw ApiException.conflict("Task is already with " + worker.name);
        }
        String newGrid = gridId != null ? gridId : (worker.gridId != null ? worker.gridId : task.gridId);
        task.gridId = newGrid;
        maps.current().unit(newGrid).ifPresent(grid -> task.communityId = grid.parentId());
        task.assigneeId = worker == null ? null : worker.id;
        task.queue = worker == null ? AssignmentService.OPERATORS_QUEUE : null;
        task.updatedAt = now;
        if (worker != null) {
            worker.openTasks++;
            worker.lastAssignedAt = now;
        }
        GridUnit grid = maps.current().unit(newGrid).map(u -> new GridUnit(u.id(), u.name())).orElse(null);
        return workers.releaseOne(previous)
                .chain(() -> outbox.append(new AppealReassigned(task.appealId, grid, previous, task.assigneeId,
                        worker == null ? null : worker.name, reason, actor, now), AppealFacts.of(task.category)))
                .replaceWith(TaskView.of(task, now));
    }
}
