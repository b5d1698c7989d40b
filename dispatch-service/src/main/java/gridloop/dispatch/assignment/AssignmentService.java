package gridloop.dispatch.assignment;

import gridloop.dispatch.grid.GridMap;
import gridloop.dispatch.grid.GridMapHolder;
import gridloop.dispatch.grid.MapUnit;
import gridloop.dispatch.roster.WorkerPicker;
import gridloop.events.AppealAssigned;
import gridloop.events.AppealRejected;
import gridloop.events.AppealSubmitted;
import gridloop.events.GridUnit;
import gridloop.loopmetrics.AppealFacts;
import gridloop.dispatch.timeline.TaskOutbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Turns a submitted appeal into a task: locate its grid, pick the on-duty worker of that grid with the
 * fewest open tasks ({@link WorkerPicker}), else the operators' queue.
 * Runs inside the consumer's transaction.
 */
@ApplicationScoped
public class AssignmentService {

    static final String OPERATORS_QUEUE = Task.OPERATORS_QUEUE;
    static final String OUTSIDE_DISTRICT = "OUTSIDE_DISTRICT";

    private final CategorySlaRepository slas;
    private final TaskRepository tasks;
    private final WorkerPicker picker;
    private final GridMapHolder maps;
    private final TaskOutbox outbox;
    private final Clock clock;
    private final CategoryEscalation escalation;

    AssignmentService(CategorySlaRepository slas, TaskRepository tasks, WorkerPicker picker, GridMapHolder maps, TaskOutbox outbox, Clock clock,
            CategoryEscalation escalation) {
        this.slas = slas;
        this.escalation = escalation;
        this.tasks = tasks;
        this.picker = picker;
        this.maps = maps;
        this.outbox = outbox;
        this.clock = clock;
    }

    public Uni<Void> onSubmitted(AppealSubmitted appeal) {
        return tasks.findById(appeal.appealId())
                .chain(existing -> existing != null ? Uni.createFrom().voidItem() : assign(appeal));
    }

    private Uni<Void> assign(AppealSubmitted appeal) {
        Instant now = clock.instant();
        Optional<GridMap.Location> location = maps.current()
                .locate(appeal.location().latitude(), appeal.location().longitude());
        if (location.isEmpty()) {
            return reject(appeal, now);
        }
        GridMap.Location where = location.get();
        return slas.ofOrOther(appeal.category())
                .chain(sla -> picker.pick(where.grid().id(), where.community().id(), now).chain(worker -> {
                    Task task = newTask(appeal, where, now);
                    task.startClocks(sla, appeal.occurredAt());
                    task.status = TaskStatus.ASSIGNED;
                    if (worker == null) {
                        task.queue = OPERATORS_QUEUE;
                    } else {
                        task.assigneeId = worker.id;
                        worker.openTasks++;
                        worker.lastAssignedAt = now;
                    }
                    AppealAssigned assigned = new AppealAssigned(appeal.appealId(), unit(where.street()),
                            unit(where.community()), unit(where.grid()), task.assigneeId,
                            worker == null ? null : worker.name, task.queue, task.acceptBy, task.resolveBy,
                            TaskAccess.SYSTEM, now, where.building() == null ? null : where.building().id());
                    Uni<Void> stored = tasks.persist(task)
                            .chain(() -> outbox.append(assigned, AppealFacts.of(task.category, appeal.occurredAt())))
                            .replaceWithVoid();
                    // "Department first" categories go to the department at the same time as to the grid
                    // (a microsecond later, so the escalation follows the assignment).
                    return sla.departmentFirst ? stored.chain(() -> escalation.escalate(task, sla,
                            SystemReasons.DEPARTMENT_FIRST, now.plusNanos(1000))) : stored;
                }));
    }

    private Uni<Void> reject(AppealSubmitted appeal, Instant now) {
        Task task = newTask(appeal, null, now);
        task.status = TaskStatus.REJECTED;
        return tasks.persist(task)
                // The reason code says it all; the point is the appeal's own.
                .chain(() -> outbox.append(new AppealRejected(appeal.appealId(), OUTSIDE_DISTRICT, null,
                        TaskAccess.SYSTEM, now), AppealFacts.of(task.category)))
                .replaceWithVoid();
    }

    private static Task newTask(AppealSubmitted appeal, GridMap.Location where, Instant now) {
        Task task = new Task();
        task.appealId = appeal.appealId();
        task.reference = appeal.reference();
        task.category = appeal.category();
        task.description = appeal.description();
        if (appeal.location() != null) {
            task.latitude = appeal.location().latitude();
            task.longitude = appeal.location().longitude();
            task.address = appeal.location().address();
        }
        task.mediaUrls = appeal.mediaUrls() == null ? java.util.List.of() : appeal.mediaUrls();
        task.photoIds = appeal.photos() == null ? java.util.List.of()
                : appeal.photos().stream().map(java.util.UUID::toString).toList();
        task.channel = appeal.channel();
        if (where != null) {
            task.streetId = where.street() == null ? null : where.street().id();
            task.communityId = where.community().id();
            task.gridId = where.grid().id();
        }
        task.createdAt = now;
        task.updatedAt = now;
        return task;
    }

    private static GridUnit unit(MapUnit unit) {
        return unit == null ? null : unit.gridUnit();
    }

}
