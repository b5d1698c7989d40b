package gridloop.dispatch.sla;

import gridloop.dispatch.assignment.Overdue;
import gridloop.dispatch.assignment.SystemReasons;
import gridloop.dispatch.assignment.TaskAccess;
import gridloop.dispatch.assignment.CategoryEscalation;
import gridloop.dispatch.assignment.Task;
import gridloop.events.AppealOverdue;
import gridloop.events.AppealReportInOverdue;
import gridloop.loopmetrics.AppealFacts;
import gridloop.dispatch.timeline.TaskOutbox;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The SLA clocks. Periodically finds open tasks whose accept-by or resolve-by passed and announces
 * each breach once ({@code gridloop.appeal.overdue.v1}), and escalated tasks whose department has not reported
 * in by its report-in deadline ({@code gridloop.appeal.report-in-overdue.v1}, once per escalation); at 3x the resolve window it escalates to the
 * category's department without anyone having to blow the whistle. Rows are claimed with
 * {@code FOR UPDATE} and flagged in the same transaction as the event: a second instance waits on the
 * locked rows, and PostgreSQL re-checks the condition once they are free, so the flagged ones drop out and
 * no breach is announced twice. Time comes from the injectable {@link Clock}.
 */
@ApplicationScoped
public class SlaWatch {

    private static final Logger LOG = Logger.getLogger(SlaWatch.class);
    private static final int BATCH = 200;

    private final gridloop.dispatch.assignment.TaskRepository tasks;
    private final gridloop.dispatch.assignment.TaskAssistRepository assists;
    private final gridloop.dispatch.roster.DepartmentRepository departments;
    private final gridloop.dispatch.assignment.CategorySlaRepository slas;
    private final TaskOutbox outbox;
    private final Clock clock;
    private final CategoryEscalation escalation;

    SlaWatch(gridloop.dispatch.assignment.TaskRepository tasks, gridloop.dispatch.assignment.TaskAssistRepository assists, gridloop.dispatch.roster.DepartmentRepository departments, gridloop.dispatch.assignment.CategorySlaRepository slas, TaskOutbox outbox, Clock clock, CategoryEscalation escalation) {
        this.tasks = tasks;
        this.assists = assists;
        this.departments = departments;
        this.slas = slas;
        this.outbox = outbox;
        this.clock = clock;
        this.escalation = escalation;
    }

    @Scheduled(every = "${gridloop.sla.check-interval:30s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @WithTransaction
    public Uni<Void> check() {
        Instant now = clock.instant();
        return acceptBreaches(now).chain(() -> resolveBreaches(now)).chain(() -> reportInBreaches(now))
                .chain(() -> assistReportInBreaches(now)).chain(() -> autoEscalations(now));
    }

    private Uni<Void> acceptBreaches(Instant now) {
        return due(Overdue.ACCEPT_LATE + " and acceptOverdue = false order by acceptBy", now)
                .chain(tasks -> each(tasks, task -> {
                    task.acceptOverdue = true;
                    return outbox.append(new AppealOverdue(task.appealId, "ACCEPT", task.acceptBy, TaskAccess.SYSTEM, now),
                            AppealFacts.of(task.category));
                }));
    }

    private Uni<Void> resolveBreaches(Instant now) {
        return due(Overdue.RESOLVE_LATE + " and resolveOverdue = false order by resolveBy", now)
                .chain(tasks -> each(tasks, task -> {
                    task.resolveOverdue = true;
                    return outbox.append(new AppealOverdue(task.appealId, "RESOLVE", task.resolveBy, TaskAccess.SYSTEM, now),
                            AppealFacts.of(task.category));
                }));
    }

    /** The department an appeal was escalated to has not reported in by its deadline. */
    private Uni<Void> reportInBreaches(Instant now) {
        return due(Overdue.REPORT_IN_LATE + " and reportInOverdue = false order by reportInBy", now)
                .chain(tasks -> each(tasks, task -> departments.nameOf(task.department).chain(name -> {
                    task.reportInOverdue = true;
                    return outbox.append(new AppealReportInOverdue(task.appealId, task.department, name,
                            task.reportInBy, TaskAccess.SYSTEM, now), AppealFacts.of(task.category));
                })));
    }

    /** An assisting department of a co-handled task has not reported in by its deadline. */
    private Uni<Void> assistReportInBreaches(Instant now) {
        return assists.reportInOverdue(now, BATCH)
                .chain(assists -> Multi.createFrom().iterable(assists).onItem().transformToUniAndConcatenate(assist ->
                        tasks.of(assist.appealId).chain(task -> departments.nameOf(assist.department)
                                .chain(name -> {
                                    assist.reportInOverdue = true;
                                    return outbox.append(new AppealReportInOverdue(assist.appealId, assist.department,
                                            name, assist.reportInBy, TaskAccess.SYSTEM, now),
                                            AppealFacts.of(task.category));
                                }))).collect().last().replaceWithVoid());
    }

    private Uni<Void> autoEscalations(Instant now) {
        return due(Overdue.ESCALATION_DUE + " order by escalateBy", now)
                .chain(tasks -> each(tasks, task -> slas.of(task.category).chain(sla -> {
                    LOG.infof("Auto-escalating appeal=%s to %s", task.appealId, sla.department);
                    return escalation.escalate(task, sla, SystemReasons.STILL_OPEN_LONG, now);
                })));
    }

    private Uni<List<Task>> due(String query, Instant now) {
        return tasks.dueForUpdate(query, now, BATCH);
    }

    private static Uni<Void> each(List<Task> tasks, java.util.function.Function<Task, Uni<?>> action) {
        return Multi.createFrom().iterable(tasks).onItem().transformToUniAndConcatenate(action::apply)
                .collect().last().replaceWithVoid();
    }
}
