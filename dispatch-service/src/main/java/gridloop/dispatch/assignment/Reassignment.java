package gridloop.dispatch.assignment;

import gridloop.support.i18n.Text;
import gridloop.events.Actor;
import gridloop.dispatch.grid.GridMapHolder;
import gridloop.dispatch.grid.MapUnit;
import gridloop.dispatch.roster.GridWorker;
import gridloop.dispatch.roster.WorkerPicker;
import gridloop.dispatch.roster.WorkerRepository;
import gridloop.events.AppealReassigned;
import gridloop.events.GridUnit;
import gridloop.loopmetrics.AppealFacts;
import gridloop.dispatch.timeline.TaskOutbox;
import gridloop.dispatch.messages.DispatchMessages;
import gridloop.support.problem.ApiException;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * An operator moves a task to another worker, or to another grid (whose on-duty worker is then chosen
 * as for a new appeal). The load moves with it. A worker named who is off duty now takes it only when the operator
 * confirms ({@code force}); the event says so, next to the operator's reason.
 */
@ApplicationScoped
public class Reassignment {

    private final CategorySlaRepository slas;
    private final TaskRepository tasks;
    private final WorkerRepository workers;
    private final WorkerPicker picker;
    private final GridMapHolder maps;
    private final TaskOutbox outbox;
    private final Clock clock;
    private final ZoneId districtZone;

    Reassignment(CategorySlaRepository slas, TaskRepository tasks, WorkerRepository workers, WorkerPicker picker, GridMapHolder maps,
            TaskOutbox outbox, Clock clock, @ConfigProperty(name = "gridloop.district-zone") ZoneId districtZone) {
        this.slas = slas;
        this.tasks = tasks;
        this.workers = workers;
        this.picker = picker;
        this.maps = maps;
        this.outbox = outbox;
        this.clock = clock;
        this.districtZone = districtZone;
    }

    @WithTransaction
    public Uni<TaskView> reassign(UUID appealId, String assigneeId, String gridId, String reason, boolean force,
            Actor actor) {
        if ((assigneeId == null) == (gridId == null)) {
            throw ApiException.badRequest(Text.of(DispatchMessages.class, DispatchMessages::assigneeOrGrid),
                    ApiException.violation("assignee", Text.of(DispatchMessages.class, DispatchMessages::exactlyOneOfAssigneeAndGrid)));
        }
        Instant now = clock.instant();
        return tasks.findForUpdate(appealId).chain(task -> {
            if (task == null) {
                throw ApiException.notFound(appealId);
            }
            if (!task.status.isOpen() || task.status == TaskStatus.RESOLVED) {
                throw ApiException.conflict(Text.of(DispatchMessages.class, m -> m.taskNoLongerReassigned(task.status.name())));
            }
            Uni<GridWorker> target = assigneeId != null ? namedWorker(assigneeId) : workerOfGrid(gridId, now);
            return target.chain(worker -> {
                // Only a worker named by the operator can be off duty: the grid's pick is always on duty.
                boolean offDuty = worker != null && !worker.onDutyAt(now, districtZone);
                if (offDuty && !force) {
                    throw offDuty(worker, now);
                }
                return move(task, worker, gridId, reason, offDuty, actor, now);
            });
        });
    }

    private Uni<GridWorker> namedWorker(String assigneeId) {
        return workers.findForUpdate(assigneeId).map(worker -> {
            if (worker == null) {
                throw ApiException.unprocessable("unknown-worker", Text.of(DispatchMessages.class, DispatchMessages::unknownWorker),
                        Text.of(DispatchMessages.class, m -> m.noGridWorker(assigneeId)),
                        ApiException.violation("assignee", Text.of(DispatchMessages.class, DispatchMessages::unknownWorkerField)), null);
            }
            return worker;
        });
    }

    /** 409: the worker is off duty; the answer says until when and how to confirm. */
    private ApiException offDuty(GridWorker worker, Instant now) {
        Instant next = worker.nextShiftStart(now, districtZone);
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("assignee", worker.id);
        if (next != null) {
            extensions.put("nextShiftStart", next.toString());
        }
        String nextStart = next == null ? null : next.atZone(districtZone).toOffsetDateTime().toString();
        return new ApiException(409, "assignee-off-duty", Text.of(DispatchMessages.class, DispatchMessages::workerOffDuty),
                Text.of(DispatchMessages.class, m -> nextStart == null ? m.workerOffDutyDetail(worker.name, worker.id)
                        : m.workerOffDutyUntilDetail(worker.name, worker.id, nextStart)), null, extensions);
    }

    private Uni<GridWorker> workerOfGrid(String gridId, Instant now) {
        MapUnit grid = maps.current().unit(gridId).orElseThrow(() -> ApiException.unprocessable("unknown-grid",
                Text.of(DispatchMessages.class, DispatchMessages::unknownGrid), Text.of(DispatchMessages.class, m -> m.noGrid(gridId)),
                ApiException.violation("gridId", Text.of(DispatchMessages.class, DispatchMessages::unknownGridField)), null));
        return picker.pick(grid.id(), grid.parentId(), now);
    }

    private Uni<TaskView> move(Task task, GridWorker worker, String gridId, String reason, boolean offDuty, Actor actor,
            Instant now) {
        String previous = task.assigneeId;
        if (worker != null && worker.id.equals(previous)) {
            throw ApiException.conflict(Text.of(DispatchMessages.class, m -> m.alreadyWith(worker.name)));
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
        GridUnit grid = maps.current().unit(newGrid).map(MapUnit::gridUnit).orElse(null);
        Uni<Void> acceptance = task.status != TaskStatus.ACCEPTED ? Uni.createFrom().voidItem()
                : slas.of(task.category).invoke(sla -> task.awaitAcceptance(sla, now))
                        .replaceWithVoid();
        return acceptance.chain(() -> workers.releaseOne(previous))
                .chain(() -> outbox.append(new AppealReassigned(task.appealId, grid, previous, task.assigneeId,
                        worker == null ? null : worker.name, reason, actor, now, offDuty ? Boolean.TRUE : null),
                        AppealFacts.of(task.category)))
                .map(eventId -> TaskView.of(task, now));
    }
}
