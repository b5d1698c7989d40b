package gridloop.dispatch.assignment;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The departments assisting on co-handled tasks. */
@ApplicationScoped
public class TaskAssistRepository implements PanacheRepositoryBase<TaskAssist, TaskAssist.Key> {

    /** The assisting department's part of a task, locked; null when it does not assist. */
    public Uni<TaskAssist> forUpdate(UUID appealId, String department) {
        return find("appealId = ?1 and department = ?2", appealId, department)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    /** No department assists on the task any more. */
    public Uni<Long> removeAll(UUID appealId) {
        return delete("appealId", appealId);
    }

    public Uni<Void> addAll(List<TaskAssist> assists) {
        return persist(assists);
    }

    /** Assisting parts of escalated tasks past their report-in deadline and not yet announced, locked. */
    public Uni<List<TaskAssist>> reportInOverdue(Instant now, int limit) {
        return find("reportedInAt is null and reportInOverdue = false and reportInBy < :now "
                        + "and appealId in (select t.appealId from Task t where t.status = "
                        + TaskStatus.class.getName() + ".ESCALATED) order by reportInBy", Parameters.with("now", now))
                .withLock(LockModeType.PESSIMISTIC_WRITE).page(0, limit).list();
    }
}
