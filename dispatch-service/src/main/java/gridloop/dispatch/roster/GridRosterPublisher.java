package gridloop.dispatch.roster;

import gridloop.events.GridRosterInForce;
import gridloop.support.outbox.OutboxWriter;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Publishes who works each grid on the compacted {@code gridloop.grid-rosters} topic: at start and whenever a
 * grid's workers or shifts differ from what was last published for it. A grid's change is claimed in
 * {@code grid_roster_published} in the transaction that writes its outbox row, so it goes out once however many
 * instances check; a grid left without workers gets an empty list.
 */
@ApplicationScoped
public class GridRosterPublisher {

    private static final Logger LOG = Logger.getLogger(GridRosterPublisher.class);

    private final WorkerRepository workers;
    private final GridRosterPublishedStatements statements;
    private final OutboxWriter outbox;
    private final Clock clock;

    GridRosterPublisher(WorkerRepository workers, GridRosterPublishedStatements statements, OutboxWriter outbox,
            Clock clock) {
        this.workers = workers;
        this.statements = statements;
        this.outbox = outbox;
        this.clock = clock;
    }

    // The roster changes with a deployment (a migration), so a check at start and a rare one after are enough.
    @Scheduled(every = "${gridloop.grid-roster.check-interval:10m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public Uni<Void> publishChanges() {
        return Panache.withTransaction(() -> workers.listAll().chain(all -> {
            Map<String, List<GridWorker>> byGrid = all.stream().filter(worker -> worker.gridId != null)
                    .collect(Collectors.groupingBy(worker -> worker.gridId, TreeMap::new, Collectors.toList()));
            return statements.publishedGrids().chain(published -> {
                TreeSet<String> grids = new TreeSet<>(byGrid.keySet());
                grids.addAll(published);
                Instant now = clock.instant();
                return Multi.createFrom().iterable(grids).onItem().transformToUniAndConcatenate(grid ->
                                publishIfChanged(roster(grid, byGrid.getOrDefault(grid, List.of()), now)))
                        .collect().with(Collectors.summingInt(Integer::intValue));
            });
        })).invoke(count -> {
            if (count > 0) {
                LOG.infof("Published the roster of %d grid(s) on the grid-rosters topic", count);
            }
        }).replaceWithVoid();
    }

    private static GridRosterInForce roster(String gridId, List<GridWorker> ofGrid, Instant at) {
        List<GridRosterInForce.Worker> entries = ofGrid.stream()
                .sorted(java.util.Comparator.comparing(worker -> worker.id))
                .map(worker -> new GridRosterInForce.Worker(worker.id, worker.name, worker.shiftDays,
                        worker.shiftStart, worker.shiftEnd))
                .toList();
        String community = ofGrid.isEmpty() ? null : ofGrid.get(0).communityId;
        return new GridRosterInForce(gridId, community, entries, at);
    }

    /** 1 when this call claimed and published the grid's roster, 0 when it was published as it is. */
    private Uni<Integer> publishIfChanged(GridRosterInForce roster) {
        String fingerprint = roster.communityId() + "|" + roster.workers();
        return statements.claim(roster.gridId(), fingerprint, roster.occurredAt())
                .chain(claimed -> claimed == 0 ? Uni.createFrom().item(0)
                        : outbox.append(roster).replaceWith(1));
    }
}
