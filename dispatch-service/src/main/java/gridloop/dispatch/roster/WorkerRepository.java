package gridloop.dispatch.roster;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Comparator;
import java.util.List;

@ApplicationScoped
public class WorkerRepository implements PanacheRepositoryBase<GridWorker, String> {

    public Uni<List<GridWorker>> ofGrid(String gridId) {
        return list("gridId", Sort.by("id"), gridId);
    }

    /**
     * Fewest open tasks first, then longest idle (never assigned first), then id: whom an assignment prefers.
     */
    static final Comparator<GridWorker> PREFERRED = Comparator.comparingInt((GridWorker w) -> w.openTasks)
            .thenComparing(w -> w.lastAssignedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(w -> w.id);

    /**
     * The candidates of a grid in {@link #PREFERRED} order, locked for the rest of the transaction so that
     * concurrent assignments (other partitions, other instances) queue behind us and the load counters never
     * drift. The rows are locked in id order, which never changes: locked in preference order, which moves with
     * the counters, two assignments in one grid could each hold a worker the other waits for (a deadlock).
     */
    public Uni<List<GridWorker>> candidatesOfGridForUpdate(String gridId) {
        return find("gridId = ?1 order by id", gridId).withLock(LockModeType.PESSIMISTIC_WRITE).list()
                .map(WorkerRepository::preferredFirst);
    }

    /** The community's backups, locked and ordered as {@link #candidatesOfGridForUpdate}. */
    public Uni<List<GridWorker>> backupsOfCommunityForUpdate(String communityId) {
        return find("communityId = ?1 and communityBackup = true order by id", communityId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list().map(WorkerRepository::preferredFirst);
    }

    static List<GridWorker> preferredFirst(List<GridWorker> workers) {
        return workers.stream().sorted(PREFERRED).toList();
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
