package gridloop.dispatch.roster;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Chooses who takes an appeal: the grid's on-duty worker with the fewest open tasks (ties: longest idle),
 * else the community's on-duty backup, else nobody. The candidate rows stay locked until the caller's
 * transaction ends, so concurrent choices queue and load counters never drift.
 */
@ApplicationScoped
public class WorkerPicker {

    private final WorkerRepository workers;
    private final ZoneId districtZone;

    WorkerPicker(WorkerRepository workers, @ConfigProperty(name = "gridloop.district-zone") ZoneId districtZone) {
        this.workers = workers;
        this.districtZone = districtZone;
    }

    /** @return the chosen worker, or null when nobody is on duty */
    public Uni<GridWorker> pick(String gridId, String communityId, Instant at) {
        return workers.candidatesOfGridForUpdate(gridId)
                .chain(gridWorkers -> firstOnDuty(gridWorkers, at)
                        .map(worker -> Uni.createFrom().item(worker))
                        .orElseGet(() -> workers.backupsOfCommunityForUpdate(communityId)
                                .map(backups -> firstOnDuty(backups, at).orElse(null))));
    }

    /**
     * The task's worker when still on duty at {@code at}, else whom {@link #pick} chooses (null: nobody on
     * duty). Locks the same rows in the same order as {@link #pick}, so it cannot deadlock with it.
     */
    public Uni<GridWorker> stayOrPick(String workerId, String gridId, String communityId, Instant at) {
        return workers.candidatesOfGridForUpdate(gridId).chain(gridWorkers -> gridWorkers.stream()
                .filter(w -> w.id.equals(workerId) && w.onDutyAt(at, districtZone)).findFirst()
                .map(current -> Uni.createFrom().item(current))
                .orElseGet(() -> pick(gridId, communityId, at)));
    }

    private Optional<GridWorker> firstOnDuty(List<GridWorker> candidates, Instant at) {
        return candidates.stream().filter(w -> w.onDutyAt(at, districtZone)).findFirst();
    }
}
