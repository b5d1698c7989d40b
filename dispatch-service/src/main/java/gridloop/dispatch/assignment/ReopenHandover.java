package gridloop.dispatch.assignment;

import gridloop.dispatch.grid.MapUnit;
import gridloop.dispatch.grid.GridMapHolder;
import gridloop.dispatch.roster.GridWorker;
import gridloop.dispatch.roster.WorkerPicker;
import gridloop.dispatch.roster.WorkerRepository;
import gridloop.events.AppealReassigned;
import gridloop.events.GridUnit;
import gridloop.loopmetrics.AppealFacts;
import gridloop.dispatch.timeline.TaskOutbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * A reopened task goes back to the same grid and, when still on duty, the same worker. Otherwise it is
 * handed to whoever of the grid (or the community's backup) is on duty, with the load moved and an
 * {@code …reassigned.v1}; with nobody on duty it stays with its worker for the next shift.
 */
@ApplicationScoped
class ReopenHandover {

    private final WorkerPicker picker;
    private final WorkerRepository workers;
    private final GridMapHolder maps;
    private final TaskOutbox outbox;

    ReopenHandover(WorkerPicker picker, WorkerRepository workers, GridMapHolder maps, TaskOutbox outbox) {
        this.picker = picker;
        this.workers = workers;
        this.maps = maps;
        this.outbox = outbox;
    }

    Uni<Void> handOverIfOffDuty(Task task, Instant now) {
        if (task.assigneeId == null) {
            return Uni.createFrom().voidItem();
        }
        return picker.stayOrPick(task.assigneeId, task.gridId, task.communityId, now).chain(worker -> {
            if (worker == null || worker.id.equals(task.assigneeId)) {
                return Uni.createFrom().voidItem();
            }
            return handOver(task, worker, now);
        });
    }

    private Uni<Void> handOver(Task task, GridWorker worker, Instant now) {
        String previous = task.assigneeId;
        task.assigneeId = worker.id;
        worker.openTasks++;
        worker.lastAssignedAt = now;
        GridUnit grid = maps.current().unit(task.gridId).map(MapUnit::gridUnit)
                .orElse(new GridUnit(task.gridId, task.gridId));
        return workers.releaseOne(previous).chain(() -> outbox.append(new AppealReassigned(task.appealId, grid,
                previous, worker.id, worker.name, SystemReasons.REOPENED_WHILE_OFF_DUTY, TaskAccess.SYSTEM, now),
                AppealFacts.of(task.category)))
                .replaceWithVoid();
    }
}
