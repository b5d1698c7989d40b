package gridloop.dispatch.grid;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * One version of the district's map with a spatial index (STRtree) per level, built once, so locating
 * a point looks at the few polygons whose envelope holds it rather than at all of them. Immutable.
 *
 * <p>A point on a border shared by two units lands in exactly one: a unit whose interior holds the point
 * wins over one that only touches it, and among those that only touch it the smallest id wins.
 */
public final class GridMap {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private final List<MapUnit> units;
    private final Map<String, MapUnit> byId;
    private final Map<GridLevel, STRtree> indexes = new EnumMap<>(GridLevel.class);

    public GridMap(List<MapUnit> units) {
        this.units = List.copyOf(units);
        this.byId = units.stream().collect(Collectors.toUnmodifiableMap(MapUnit::id, Function.identity()));
        for (GridLevel level : GridLevel.values()) {
            STRtree tree = new STRtree();
            units.stream().filter(u -> u.level() == level)
                    .forEach(u -> tree.insert(u.area().getEnvelopeInternal(), u));
            tree.build();
            indexes.put(level, tree);
        }
    }

    public List<MapUnit> units() {
        return units;
    }

    public Optional<MapUnit> unit(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The units of every level containing the point, or empty when it lies outside the district. */
    public Optional<Location> locate(double latitude, double longitude) {
        Point point = GEOMETRY.createPoint(new Coordinate(longitude, latitude));
        Optional<MapUnit> grid = find(GridLevel.GRID, point);
        if (grid.isEmpty()) {
            return Optional.empty();
        }
        MapUnit community = byId.get(grid.get().parentId());
        MapUnit street = community == null ? null : byId.get(community.parentId());
        MapUnit building = find(GridLevel.BUILDING, point)
                .filter(b -> grid.get().id().equals(b.parentId())).orElse(null);
        return Optional.of(new Location(street, community, grid.get(), building));
    }

    /** The units of a level whose envelope holds the point: the only ones a lookup tests exactly. */
    List<MapUnit> candidates(GridLevel level, double latitude, double longitude) {
        return candidates(level, GEOMETRY.createPoint(new Coordinate(longitude, latitude)));
    }

    @SuppressWarnings("unchecked")
    private List<MapUnit> candidates(GridLevel level, Point point) {
        return indexes.get(level).query(point.getEnvelopeInternal());
    }

    private Optional<MapUnit> find(GridLevel level, Point point) {
        return candidates(level, point).stream()
                .filter(u -> u.area().covers(point))
                .min(Comparator.<MapUnit, Boolean>comparing(u -> !u.area().contains(point))
                        .thenComparing(MapUnit::id));
    }

    /** Where a point lies; {@code building} may be null. */
    public record Location(MapUnit street, MapUnit community, MapUnit grid, MapUnit building) {
    }
}
