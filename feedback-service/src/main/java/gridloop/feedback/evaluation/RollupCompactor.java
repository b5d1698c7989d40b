package gridloop.feedback.evaluation;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Folds the evaluation deltas into the per-day rollups (SQL function {@code evaluation_compact}), in batches
 * until none are left. Evaluations are right whether or not this has run: they add the pending deltas; it
 * only keeps their number small. Any number of instances may run it; one folds at a time.
 */
@ApplicationScoped
public class RollupCompactor {

    private static final Logger LOG = Logger.getLogger(RollupCompactor.class);

    private final RollupStatements rollups;
    private final int batch;

    RollupCompactor(RollupStatements rollups, @ConfigProperty(name = "gridloop.evaluation.rollup.batch", defaultValue = "20000") int batch) {
        this.rollups = rollups;
        this.batch = batch;
    }

    @Scheduled(every = "${gridloop.evaluation.rollup.compact-interval:10s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> compactOnSchedule() {
        return compact().replaceWithVoid();
    }

    /** Folds every delta there is now; returns how many. */
    public Uni<Long> compact() {
        return foldFrom(0L);
    }

    private Uni<Long> foldFrom(long foldedSoFar) {
        return rollups.compact(batch)
                .chain(folded -> {
                    long total = foldedSoFar + folded;
                    if (folded < batch) {
                        if (total > 0) {
                            LOG.debugf("Folded %d evaluation deltas into the daily rollups", total);
                        }
                        return Uni.createFrom().item(total);
                    }
                    return foldFrom(total);
                });
    }
}
