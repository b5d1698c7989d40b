package gridloop.dispatch.assignment;

import gridloop.dispatch.grid.MapUnit;
import gridloop.support.i18n.Text;
import gridloop.dispatch.grid.GridMapHolder;
import gridloop.dispatch.roster.GridWorker;
import gridloop.dispatch.roster.WorkerPicker;
import gridloop.dispatch.roster.WorkerRepository;
import gridloop.events.Actor;
import gridloop.events.AppealReassigned;
import gridloop.events.AppealRecategorized;
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
import java.util.UUID;

/**
 * An operator corrects the category, and the assignment runs again as for a new appeal of that category: a
 * "department first" category goes to its department at once; otherwise a task waiting for the operators
 * (after a send-back, or with nobody on duty) goes to the on-duty worker of its grid, and a task a worker
 * already has stays with that worker. A task a department has is sent back first (WRONG_CATEGORY): 409 here.
 * The deadlines stay, since the resident has waited since the submission.
 */
@ApplicationScoped
public class Recategorization {

    private final CategorySlaRepository slas;
    private final TaskRepository tasks;
    private final WorkerRepository workers;
    private final WorkerPicker picker;
    private final GridMapHolder maps;
    private final CategoryEscalation escalation;
    private final TaskOutbox outbox;
    private final Clock clock;

    Recategorization(CategorySlaRepository slas, TaskRepository tasks, WorkerRepository workers, WorkerPicker picker, GridMapHolder maps,
            CategoryEscalation escalation, TaskOutbox outbox, Clock clock) {
        this.slas = slas;
        this.tasks = tasks;
        this.workers = workers;
        this.picker = picker;
        this.maps = maps;
        this.escalation = escalation;
        this.outbox = outbox;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<TaskView> recategorize(UUID appealId, String category, String reason, Actor actor) {
        return tasks.findForUpdate(appealId).chain(task -> {
            if (task == null) {
                throw ApiException.notFound(appealId);
            }
            if (task.status != TaskStatus.ASSIGNED && task.status != TaskStatus.ACCEPTED) {
                throw ApiException.conflict(Text.of(DispatchMessages.class, m -> m.recategorizeNotNow(task.status.name())));
            }
            if (category.equals(task.category)) {
                throw ApiException.conflict(Text.of(DispatchMessages.class, m -> m.alreadyCategory(category)));
            }
            return slas.of(category).chain(sla -> {
                if (sla == null) {
                    throw ApiException.unprocessable("unknown-category", Text.of(DispatchMessages.class, DispatchMessages::unknownCategory),
                            Text.of(DispatchMessages.class, m -> m.notACategory(category)),
                            ApiException.violation("category", Text.of(DispatchMessages.class, DispatchMessages::unknownCategoryField)), null);
                }
                Instant now = clock.instant();
                String previous = task.category;
                task.category = category;
                task.updatedAt = now;
                return outbox.append(new AppealRecategorized(appealId, previous, category, reason, actor, now),
                                AppealFacts.of(category))
                        .chain(() -> assignAgain(task, sla, now.plusNanos(1000)))
                        .replaceWith(() -> TaskView.of(task, now));
            });
        });
    }

    private Uni<Void> assignAgain(Task task, CategorySla sla, Instant at) {
        if (sla.departmentFirst) {
            return escalation.escalate(task, sla, SystemReasons.DEPARTMENT_FIRST, at);
        }
        if (task.assigneeId != null && task.queue == null) {
            return Uni.createFrom().voidItem();
        }
        return picker.pick(task.gridId, task.communityId, at).chain(worker -> worker == null
                ? Uni.createFrom().voidItem() : backToTheGrid(task, worker, at));
    }

    private Uni<Void> backToTheGrid(Task task, GridWorker worker, Instant at) {
        String previous = task.assigneeId;
        Uni<Void> load = Uni.createFrom().voidItem();
        if (!worker.id.equals(previous)) {
            worker.openTasks++;
            worker.lastAssignedAt = at;
            load = workers.releaseOne(previous);
        }
        task.assigneeId = worker.id;
        task.queue = null;
        GridUnit grid = maps.current().unit(task.gridId).map(MapUnit::gridUnit).orElse(null);
        return load.chain(() -> outbox.append(new AppealReassigned(task.appealId, grid, previous, worker.id, worker.name,
                SystemReasons.CATEGORY_CHANGED, TaskAccess.SYSTEM, at), AppealFacts.of(task.category)))
                .replaceWithVoid();
    }
}
