package gridloop.dispatch.grid;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * The checks that need the whole map: ids unique, each unit's parent one level up and covering it, and no
 * two units of the same level overlapping (shared borders are fine; the locate rule settles those).
 */
final class MapHierarchyCheck {

    /** DE-9IM pattern: the interiors share an area. */
    private static final String INTERIORS_OVERLAP = "2********";

    private MapHierarchyCheck() {
    }

    /** Problems by position in {@code units}; empty when the map is consistent. */
    static Map<Integer, List<MapProblem>> check(List<MapUnit> units) {
        Map<Integer, List<MapProblem>> problems = new TreeMap<>();
        Map<String, MapUnit> byId = new HashMap<>();
        for (int i = 0; i < units.size(); i++) {
            if (byId.putIfAbsent(units.get(i).id(), units.get(i)) != null) {
                add(problems, i, MapProblem.of(MapProblem.Kind.ID_USED_TWICE, units.get(i).id()));
            }
        }
        Map<GridLevel, STRtree> byLevel = index(units);
        for (int i = 0; i < units.size(); i++) {
            int index = i;
            parentProblem(units.get(i), byId).ifPresent(problem -> add(problems, index, problem));
            overlaps(units.get(i), byLevel.get(units.get(i).level()))
                    .forEach(problem -> add(problems, index, problem));
        }
        return problems;
    }

    private static Optional<MapProblem> parentProblem(MapUnit unit, Map<String, MapUnit> byId) {
        if (unit.level() == GridLevel.STREET) {
            return unit.parentId() == null ? Optional.empty() : Optional.of(MapProblem.of(MapProblem.Kind.STREET_HAS_PARENT));
        }
        GridLevel expected = GridLevel.values()[unit.level().ordinal() - 1];
        if (unit.parentId() == null) {
            return Optional.of(MapProblem.of(MapProblem.Kind.PARENT_REQUIRED, unit.level().json()));
        }
        MapUnit parent = byId.get(unit.parentId());
        if (parent == null) {
            return Optional.of(MapProblem.of(MapProblem.Kind.PARENT_MISSING, unit.parentId()));
        }
        if (parent.level() != expected) {
            return Optional.of(MapProblem.of(MapProblem.Kind.PARENT_WRONG_LEVEL, unit.level().json(), expected.json(),
                    parent.id(), parent.level().json()));
        }
        if (!parent.area().covers(unit.area())) {
            return Optional.of(MapProblem.of(MapProblem.Kind.NOT_INSIDE_PARENT, expected.json(), parent.id()));
        }
        return Optional.empty();
    }

    private static Map<GridLevel, STRtree> index(List<MapUnit> units) {
        Map<GridLevel, STRtree> trees = new EnumMap<>(GridLevel.class);
        for (GridLevel level : GridLevel.values()) {
            trees.put(level, new STRtree());
        }
        units.forEach(u -> trees.get(u.level()).insert(u.area().getEnvelopeInternal(), u));
        return trees;
    }

    private static List<MapProblem> overlaps(MapUnit unit, STRtree sameLevel) {
        @SuppressWarnings("unchecked")
        List<MapUnit> near = sameLevel.query(unit.area().getEnvelopeInternal());
        return near.stream()
                .filter(other -> other != unit && unit.area().relate(other.area(), INTERIORS_OVERLAP))
                .map(other -> MapProblem.of(MapProblem.Kind.OVERLAPS, other.level().json(), other.id()))
                .toList();
    }

    private static void add(Map<Integer, List<MapProblem>> problems, int index, MapProblem problem) {
        problems.computeIfAbsent(index, i -> new ArrayList<>()).add(problem);
    }
}
