package gridloop.dispatch.assignment;

import gridloop.dispatch.roster.Department;
import gridloop.events.AppealAccepted;
import gridloop.events.AppealEscalated;
import gridloop.support.outbox.AppealFacts;
import gridloop.support.outbox.OutboxWriter;
import gridloop.support.problem.ApiException;
import gridloop.support.problem.Problem;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What workers and operators do to a task; each action commits with its event. */
@ApplicationScoped
public class TaskActions {

    private final TaskRepository tasks;
    private final OutboxWriter outbox;
    private final Clock clock;

    TaskActions(TaskRepository tasks, OutboxWriter outbox, Clock clock) {
        this.tasks = tasks;
        this.outbox = outbox;
        this.clock = clock;
    }

    @WithSession
    public Uni<TaskPage> search(TaskQuery query) {
        return tasks.search(query, clock.instant());
    }

    @WithSession
    public Uni<TaskView> find(UUID appealId, TaskAccess access) {
        return tasks.findById(appealId).map(task -> {
            if (task == null || !access.covers(task)) {
                throw ApiException.notFound("Task", appealId);
            }
            return TaskView.of(task, clock.instant());
        });
    }

    /** The worker is on site. */
    @WithTransaction
    public Uni<TaskView> accept(UUID appealId, TaskAccess access) {
        return open(appealId, access).chain(task -> {
            if (task.status != TaskStatus.ASSIGNED && task.status != TaskStatus.ESCALATED) {
                throw ApiException.conflict("Task is " + task.status + "; only an assigned task can be accepted");
            }
            if (task.assigneeId == null) {
                throw ApiException.conflict("Task waits in the " + task.queue + " queue; assign it to a worker first");
            }
            Instant now = clock.instant();
            task.status = task.department == null ? TaskStatus.ACCEPTED : TaskStatus.ESCALATED;
            task.updatedAt = now;
            return outbox.append(new AppealAccepted(appealId, task.assigneeId, access.actor(), now),
                    AppealFacts.of(task.category)).replaceWith(TaskView.of(task, now));
        });
    }

    /** Whistle-blowing: hand the appeal to a city department. */
    @WithTransaction
    public Uni<TaskView> escalate(UUID appealId, String departmentCode, String reason, TaskAccess access) {
        return open(appealId, access).chain(task -> Department.<Department>findById(departmentCode).chain(department -> {
            if (department == null) {
                throw ApiException.unprocessable("unknown-department", "Unknown department",
                        "'" + departmentCode + "' is not a department",
                        List.of(new Problem.Violation("department", "unknown department")), null);
            }
            if (departmentCode.equals(task.department)) {
                throw ApiException.conflict("Task is already with " + department.name);
            }
            if (task.status == TaskStatus.RESOLVED) {
                throw ApiException.conflict("Task is resolved; it can no longer be escalated");
            }
            Instant now = clock.instant();
            task.escalateTo(departmentCode, now);
            return outbox.append(new AppealEscalated(appealId, departmentCode, department.name, reason, false,
                    access.actor(), now),
                    AppealFacts.of(task.category))
                    .replaceWith(TaskView.of(task, now));
        }));
    }

    private Uni<Task> open(UUID appealId, TaskAccess access) {
        return tasks.findForUpdate(appealId).map(task -> {
            if (task == null || !access.covers(task)) {
                throw ApiException.notFound("Task", appealId);
            }
            if (!task.status.isOpen()) {
                throw ApiException.conflict("Task is " + task.status);
            }
            return task;
        });
    }

}
