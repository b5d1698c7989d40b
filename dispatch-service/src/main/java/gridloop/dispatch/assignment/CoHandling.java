package gridloop.dispatch.assignment;

import gridloop.support.i18n.Text;
import gridloop.events.AppealCoHandled;
import gridloop.events.AppealEscalated;
import gridloop.events.AppealPartReported;
import gridloop.events.AppealReportedIn;
import gridloop.loopmetrics.AppealFacts;
import gridloop.dispatch.timeline.TaskOutbox;
import gridloop.dispatch.messages.DispatchMessages;
import gridloop.support.problem.ApiException;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Co-handling (协办): the operator, or the worker who has the task, names a lead department and assisting ones.
 * The lead is the task's department (it reports in, may send back, and its closure is the appeal's); each
 * assisting department reports in on its own clock and reports its part, once.
 */
@ApplicationScoped
public class CoHandling {

    private final TaskAssistRepository assists;
    private final gridloop.dispatch.roster.DepartmentRepository departments;
    private final CategorySlaRepository slas;
    private final TaskRepository tasks;
    private final TaskOutbox outbox;
    private final Clock clock;

    CoHandling(TaskAssistRepository assists, gridloop.dispatch.roster.DepartmentRepository departments, CategorySlaRepository slas, TaskRepository tasks, TaskOutbox outbox, Clock clock) {
        this.assists = assists;
        this.departments = departments;
        this.slas = slas;
        this.tasks = tasks;
        this.outbox = outbox;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<TaskView> coHandle(UUID appealId, String lead, List<String> assisting, String reason, TaskAccess access) {
        if (assisting.contains(lead) || new HashSet<>(assisting).size() != assisting.size()) {
            throw ApiException.badRequest(Text.of(DispatchMessages.class, DispatchMessages::departmentsMustDiffer),
                    ApiException.violation("assisting", Text.of(DispatchMessages.class, DispatchMessages::eachDepartmentOnce)));
        }
        List<String> all = new ArrayList<>(assisting);
        all.add(0, lead);
        return tasks.findForUpdate(appealId).chain(task -> {
            if (task == null || !access.covers(task)) {
                throw ApiException.notFound(appealId);
            }
            if (!task.status.isOpen() || task.status == TaskStatus.RESOLVED) {
                throw ApiException.conflict(Text.of(DispatchMessages.class, m -> m.taskNoLongerEscalated(task.status.name())));
            }
            return departments.withCodes(all).chain(found -> {
                Map<String, String> names = new LinkedHashMap<>();
                found.forEach(department -> names.put(department.code, department.name));
                List<String> unknown = all.stream().filter(code -> !names.containsKey(code)).toList();
                if (!unknown.isEmpty()) {
                    throw ApiException.unprocessable("unknown-department", Text.of(DispatchMessages.class, DispatchMessages::unknownDepartment),
                            Text.of(DispatchMessages.class, m -> m.notDepartments(String.join(", ", unknown))),
                            ApiException.violation("assisting", Text.of(DispatchMessages.class, DispatchMessages::unknownDepartmentField)), null);
                }
                return slas.of(task.category).chain(sla -> {
                    Instant now = clock.instant();
                    Duration window = CategorySla.reportInWithin(sla);
                    task.escalateTo(lead, window, now);
                    task.assisting = List.copyOf(assisting);
                    List<String> assistingNames = assisting.stream().map(names::get).toList();
                    return assists.removeAll(appealId)
                            .chain(() -> assists.addAll(assisting.stream()
                                    .map(code -> TaskAssist.of(appealId, code, now.plus(window))).toList()))
                            .chain(() -> outbox.append(new AppealEscalated(appealId, lead, names.get(lead), reason,
                                    false, access.actor(), now), AppealFacts.of(task.category)))
                            .chain(() -> outbox.append(new AppealCoHandled(appealId, lead, names.get(lead), assisting,
                                    assistingNames, reason, access.actor(), now), AppealFacts.of(task.category)))
                            .replaceWith(TaskView.of(task, now));
                });
            });
        });
    }

    /** An assisting department reports in (the caller checked the task is open and escalated; runs in its transaction). */
    Uni<TaskView> assistReportIn(Task task, TaskAccess access) {
        return assist(task, access.department()).chain(assist -> {
            if (assist.reportedInAt != null) {
                throw ApiException.conflict(Text.of(DispatchMessages.class, 
                        m -> m.alreadyReportedIn(access.department(), String.valueOf(assist.reportedInAt))));
            }
            Instant now = clock.instant();
            assist.reportedInAt = now;
            return departments.nameOf(assist.department)
                    .chain(name -> outbox.append(new AppealReportedIn(task.appealId, assist.department, name,
                            access.actor(), now), AppealFacts.of(task.category)))
                    .replaceWith(TaskView.of(task, now));
        });
    }

    /** An assisting department reports its part, once; the lead's part is the closure report (feedback). */
    @WithTransaction
    public Uni<TaskView> reportPart(UUID appealId, String summary, TaskAccess access) {
        return tasks.findForUpdate(appealId).chain(task -> {
            if (task == null || !access.covers(task) || access.department() == null) {
                throw ApiException.notFound(appealId);
            }
            if (!task.assistedBy(access.department())) {
                throw ApiException.conflict(Text.of(DispatchMessages.class, DispatchMessages::onlyAssistingReportsPart));
            }
            if (task.status != TaskStatus.ESCALATED) {
                throw ApiException.conflict(Text.of(DispatchMessages.class, m -> m.partsWhileEscalated(task.status.name())));
            }
            return assist(task, access.department()).chain(assist -> {
                if (assist.partReportedAt != null) {
                    throw ApiException.conflict(Text.of(DispatchMessages.class, m -> m.alreadyReportedPart(assist.department)));
                }
                Instant now = clock.instant();
                assist.part = summary;
                assist.partReportedAt = now;
                return departments.nameOf(assist.department)
                        .chain(name -> outbox.append(new AppealPartReported(appealId, assist.department, name,
                                summary, access.actor(), now), AppealFacts.of(task.category)))
                        .replaceWith(TaskView.of(task, now));
            });
        });
    }

    private Uni<TaskAssist> assist(Task task, String department) {
        return assists.forUpdate(task.appealId, department)
                .map(assist -> {
                    if (assist == null) {
                        throw ApiException.notFound(task.appealId);
                    }
                    return assist;
                });
    }
}
