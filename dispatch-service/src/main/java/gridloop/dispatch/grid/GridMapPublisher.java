package gridloop.dispatch.grid;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gridloop.events.GridMapInForce;
import gridloop.support.outbox.OutboxWriter;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * Publishes the map in force on the compacted {@code gridloop.grid-maps} topic, one record per street (the top
 * unit of each tree of the map): the shipped map at first start, each upload as soon as it is in force. A version
 * is claimed in {@code grid_map_published} in the transaction that writes its outbox rows, so it goes out once
 * however many instances try; one that was not published (a crash between upload and publication) is on the next
 * check.
 */
@ApplicationScoped
public class GridMapPublisher {

    private static final Logger LOG = Logger.getLogger(GridMapPublisher.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final GridMapPublishedStatements publications;
    private final GridMapHolder maps;
    private final OutboxWriter outbox;
    private final Clock clock;
    /** The newest version this instance knows is published: the check is free while nothing changes. */
    private final AtomicLong published = new AtomicLong(-1);

    GridMapPublisher(GridMapPublishedStatements publications, GridMapHolder maps, OutboxWriter outbox, Clock clock) {
        this.publications = publications;
        this.maps = maps;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Scheduled(every = "${gridloop.grid-map.refresh-interval:10s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public Uni<Void> publishInForce() {
        GridMapHolder.VersionedMap inForce = maps.inForce();
        if (inForce.version() <= published.get()) {
            return Uni.createFrom().voidItem();
        }
        return Panache.withTransaction(() -> publish(inForce)).invoke(done -> {
            published.accumulateAndGet(inForce.version(), Math::max);
            if (done) {
                LOG.infof("Published grid map version %d on the grid-maps topic", inForce.version());
            }
        }).replaceWithVoid();
    }

    /** True when this call published the version (it was not published before). */
    private Uni<Boolean> publish(GridMapHolder.VersionedMap inForce) {
        Map<String, List<MapUnit>> trees = trees(inForce.map());
        String roots = String.join(",", new TreeSet<>(trees.keySet()));
        Instant now = clock.instant();
        return publications.claim(inForce.version(), roots, now)
                .chain(claimed -> claimed == 0 ? Uni.createFrom().item(false)
                        : publications.rootsBefore(inForce.version())
                                .chain(before -> append(inForce.version(), trees,
                                        before.isEmpty() ? Set.of() : Set.of(before.get(0).split(",")), now))
                                .replaceWith(true));
    }

    private Uni<Void> append(long version, Map<String, List<MapUnit>> trees, Set<String> previousRoots, Instant at) {
        List<GridMapInForce> records = new ArrayList<>();
        // A tree's first unit is its root: the root is met before (or as) the first of its units.
        trees.forEach((root, units) -> records.add(new GridMapInForce(root, nameOf(root, units), version,
                featureCollection(units), at)));
        Set<String> retired = new TreeSet<>(previousRoots);
        retired.removeAll(trees.keySet());
        retired.stream().filter(id -> !id.isBlank()).forEach(id -> records.add(new GridMapInForce(id, null, version,
                featureCollection(List.of()), at)));
        return Multi.createFrom().iterable(records).onItem().transformToUniAndConcatenate(outbox::append)
                .collect().last().replaceWithVoid();
    }

    /** The id of each top unit (normally a street) with every unit of its tree, itself included, in map order. */
    static Map<String, List<MapUnit>> trees(GridMap map) {
        Map<String, MapUnit> byId = new LinkedHashMap<>();
        map.units().forEach(unit -> byId.put(unit.id(), unit));
        Map<String, List<MapUnit>> trees = new LinkedHashMap<>();
        for (MapUnit unit : map.units()) {
            MapUnit root = unit;
            // Bounded by the map's size, in case of a parent cycle (the upload check refuses one).
            for (int depth = 0; root.parentId() != null && byId.containsKey(root.parentId()) && depth < byId.size(); depth++) {
                root = byId.get(root.parentId());
            }
            trees.computeIfAbsent(root.id(), r -> new ArrayList<>()).add(unit);
        }
        return trees;
    }

    private static String nameOf(String root, List<MapUnit> units) {
        return units.stream().filter(unit -> unit.id().equals(root)).map(MapUnit::name).findFirst().orElse(null);
    }

    private static JsonNode featureCollection(List<MapUnit> units) {
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("type", "FeatureCollection");
        collection.put("features", units.stream().map(GeoJsonView::feature).toList());
        return JSON.valueToTree(collection);
    }
}
