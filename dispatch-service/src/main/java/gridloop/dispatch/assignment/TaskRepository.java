package gridloop.dispatch.assignment;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class TaskRepository implements PanacheRepositoryBase<Task, UUID> {

    public Uni<Task> findForUpdate(UUID appealId) {
        return findById(appealId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** A worker's or a department's queue, newest first; every filter is optional; overdue judged at {@code now}. */
    public Uni<TaskPage> search(TaskQuery query, Instant now) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (query.assignee() != null) {
            where.add("assigneeId = :assignee");
            params.and("assignee", query.assignee());
        }
        if (query.department() != null) {
            // The department's own tasks, and those it assists (a JSON list of codes; codes are plain words).
            where.add("(department = :department or assistingText like :assisting)");
            params.and("department", query.department()).and("assisting", "%\"" + query.department() + "\"%");
        }
        if (query.status() != null) {
            where.add("status = :status");
            params.and("status", query.status());
        }
        if (query.overdue() != null) {
            // The rule of Task.overdueAt too, so the filter and the flag in each item agree.
            where.add(query.overdue() ? Overdue.LATE : "not " + Overdue.LATE);
            params.and("now", now);
        }
        String hql = where.isEmpty() ? "" : String.join(" and ", where);
        var found = hql.isEmpty() ? findAll(Sort.descending("createdAt"))
                : find(hql, Sort.descending("createdAt"), params);
        return found.count().chain(total -> found.page(Page.of(query.page(), query.size())).list()
                .map(tasks -> new TaskPage(tasks.stream().map(task -> TaskView.of(task, now)).toList(), query.page(), query.size(), total)));
    }

    /** One task, or null. */
    public Uni<Task> of(java.util.UUID appealId) {
        return findById(appealId);
    }

    /** Up to {@code limit} tasks matching an HQL condition with {@code :now} (Overdue's), locked. */
    public Uni<List<Task>> dueForUpdate(String condition, Instant now, int limit) {
        return find(condition, io.quarkus.panache.common.Parameters.with("now", now))
                .withLock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).page(0, limit).list();
    }

    /** How many tasks match an HQL condition with {@code :now}. */
    public Uni<Long> countAt(String condition, Instant now) {
        return count(condition, io.quarkus.panache.common.Parameters.with("now", now));
    }
}
