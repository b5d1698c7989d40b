package gridloop.dispatch.assignment;

import gridloop.support.i18n.Text;
import gridloop.events.AppealAccepted;
import gridloop.events.AppealEscalated;
import gridloop.events.AppealReportedIn;
import gridloop.events.AppealSentBack;
import gridloop.loopmetrics.AppealFacts;
import gridloop.dispatch.timeline.TaskOutbox;
import gridloop.dispatch.timeline.TaskTimeline;
import gridloop.dispatch.messages.DispatchMessages;
import gridloop.support.problem.ApiException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/** What workers and operators do to a task; each action commits with its event. */
@ApplicationScoped
public class TaskActions {

    private final TaskAssistRepository assists;
    private final gridloop.dispatch.roster.DepartmentRepository departments;
    private final CategorySlaRepository slas;
    private final TaskRepository tasks;
    private final TaskOutbox outbox;
    private final Clock clock;
    private final CoHandling coHandling;
    private final TaskTimeline timeline;

    TaskActions(TaskAssistRepository assists, gridloop.dispatch.roster.DepartmentRepository departments, CategorySlaRepository slas, TaskRepository tasks, TaskOutbox outbox, Clock clock, CoHandling coHandling, TaskTimeline timeline) {
        this.assists = assists;
        this.departments = departments;
        this.slas = slas;
        this.timeline = timeline;
        this.tasks = tasks;
        this.outbox = outbox;
        this.clock = clock;
        this.coHandling = coHandling;
    }

    @WithSession
    public Uni<TaskPage> search(TaskQuery query) {
        return tasks.search(query, clock.instant());
    }

    @WithSession
    public Uni<TaskView> find(UUID appealId, TaskAccess access, Locale reader) {
        return tasks.findById(appealId).chain(task -> {
            if (task == null || !access.covers(task)) {
                throw ApiException.notFound(appealId);
            }
            TaskView view = TaskView.of(task, clock.instant());
            return timeline.of(appealId, reader).map(view::withTimeline);
        });
    }

    /** The worker is on site. */
    @WithTransaction
    public Uni<TaskView> accept(UUID appealId, TaskAccess access) {
        return open(appealId, access).map(task -> leadIfDepartment(task, access)).chain(task -> {
            if (task.status != TaskStatus.ASSIGNED && task.status != TaskStatus.ESCALATED) {
                throw ApiException.conflict(Text.of(DispatchMessages.class, m -> m.onlyAssignedAccepted(task.status.name())));
            }
            if (task.assigneeId == null) {
                throw ApiException.conflict(Text.of(DispatchMessages.class, m -> m.waitsInQueue(String.valueOf(task.queue))));
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
        return open(appealId, access).map(task -> leadIfDepartment(task, access))
                .chain(task -> departments.of(departmentCode)
                .chain(department -> slas.of(task.category).chain(sla -> {
            if (department == null) {
                throw ApiException.unprocessable("unknown-department", Text.of(DispatchMessages.class, DispatchMessages::unknownDepartment),
                        Text.of(DispatchMessages.class, m -> m.notADepartment(departmentCode)),
                        ApiException.violation("department", Text.of(DispatchMessages.class, DispatchMessages::unknownDepartmentField)), null);
            }
            if (departmentCode.equals(task.department)) {
                throw ApiException.conflict(Text.of(DispatchMessages.class, m -> m.alreadyWith(department.name)));
            }
            if (task.status == TaskStatus.RESOLVED) {
                throw ApiException.conflict(Text.of(DispatchMessages.class, DispatchMessages::resolvedNoEscalation));
            }
            Instant now = clock.instant();
            task.escalateTo(departmentCode, CategorySla.reportInWithin(sla), now);
            return assists.removeAll(appealId).chain(() -> outbox.append(new AppealEscalated(appealId,
                    departmentCode, department.name, reason, false, access.actor(), now),
                    AppealFacts.of(task.category)))
                    .replaceWith(TaskView.of(task, now));
        })));
    }

    /**
     * The department answers the whistle (报到): only staff of the department the task is escalated to (others
     * get 404, as for any task not theirs), once per escalation (409 after).
     */
    @WithTransaction
    public Uni<TaskView> reportIn(UUID appealId, TaskAccess access) {
        return open(appealId, access).chain(task -> {
            if (access.department() == null
                    || !access.department().equals(task.department) && !task.assistedBy(access.department())) {
                throw ApiException.notFound(appealId);
            }
            if (task.status != TaskStatus.ESCALATED) {
                throw ApiException.conflict(Text.of(DispatchMessages.class, m -> m.onlyEscalatedReportedIn(task.status.name())));
            }
            if (!access.department().equals(task.department)) {
                return coHandling.assistReportIn(task, access);
            }
            if (task.reportedInAt != null) {
                throw ApiException.conflict(Text.of(DispatchMessages.class, 
                        m -> m.alreadyReportedIn(task.department, String.valueOf(task.reportedInAt))));
            }
            Instant now = clock.instant();
            task.reportedInAt = now;
            task.updatedAt = now;
            return departments.nameOf(task.department)
                    .chain(name -> outbox.append(new AppealReportedIn(appealId, task.department, name,
                            access.actor(), now), AppealFacts.of(task.category)))
                    .replaceWith(TaskView.of(task, now));
        });
    }

    /**
     * Send-back (退回): the department answers "not ours". Only its staff (others get 404), only while it has the
     * task (409 once resolved or closed). The task waits in the operators' queue; a second send-back marks the
     * appeal disputed.
     */
    @WithTransaction
    public Uni<TaskView> sendBack(UUID appealId, SendBackReason reason, String note, TaskAccess access) {
        return open(appealId, access).chain(task -> {
            if (access.department() == null || !access.department().equals(task.department)) {
                throw ApiException.notFound(appealId);
            }
            if (task.status != TaskStatus.ESCALATED) {
                throw ApiException.conflict(Text.of(DispatchMessages.class, m -> m.onlyEscalatedSentBack(task.status.name())));
            }
            String department = task.department;
            Instant now = clock.instant();
            task.sendBack(now);
            return assists.removeAll(appealId).chain(() -> departments.nameOf(department))
                    .chain(name -> outbox.append(new AppealSentBack(appealId, department, name, reason.name(), note,
                            task.sendBacks, task.disputed, access.actor(), now), AppealFacts.of(task.category)))
                    .replaceWith(TaskView.of(task, now));
        });
    }

    private static Task leadIfDepartment(Task task, TaskAccess access) {
        if (access.department() != null && !access.everyTask() && !access.department().equals(task.department)) {
            throw ApiException.conflict(Text.of(DispatchMessages.class, m -> m.onlyLead(task.department)));
        }
        return task;
    }

    /**
     * The task, locked, if the caller covers it and it is open. A department that only assists in co-handling sees
     * the task but does not act on it here: it reports in and reports its part ({@link CoHandling}).
     */
    private Uni<Task> open(UUID appealId, TaskAccess access) {
        return tasks.findForUpdate(appealId).map(task -> {
            if (task == null || !access.covers(task)) {
                throw ApiException.notFound(appealId);
            }
            if (!task.status.isOpen()) {
                throw ApiException.conflict(Text.of(DispatchMessages.class, m -> m.taskIs(task.status.name())));
            }
            return task;
        });
    }

}
