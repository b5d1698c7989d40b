package gridloop.dispatch.roster;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;

@ApplicationScoped
public class WorkerRepository implements PanacheRepositoryBase<GridWorker, String> {

    public Uni<List<GridWorker>> ofGrid(String gridId) {
        return list("gridId", Sort.by("id"), gridId);
    }

    /**
     * The candidates of a grid, fewest open tasks first, then longest idle, locked for the rest of the
     * transaction so that concurrent assignments (other partitions, other instances) queue behind us and
     * the load counters never drift.
     */
    public Uni<List<GridWorker>> candidatesOfGridForUpdate(String gridId) {
        return find("gridId = ?1 order by openTasks, lastAssignedAt nulls first, id", gridId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    public Uni<List<GridWorker>> backupsOfCommunityForUpdate(String communityId) {
        return find("communityId = ?1 and communityBackup = true order by openTasks, lastAssignedAt nulls first, id",
                communityId).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    public Uni<GridWorker> findForUpdate(String id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** One task less for this worker (closed, withdrawn or moved away); never below zero. */
    public Uni<Void> releaseOne(String workerId) {
        if (workerId == null) {
            return Uni.createFrom().voidItem();
        }
        return findForUpdate(workerId).invoke(worker -> {
            if (worker != null && worker.openTasks > 0) {
                worker.openTasks--;
            }
        }).replaceWithVoid();
    }
}
