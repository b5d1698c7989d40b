package gridloop.dispatch.grid;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import gridloop.support.i18n.Languages;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Reads a district map from a GeoJSON FeatureCollection of Polygons whose properties are {@code level}
 * ({@code street}, {@code community}, {@code grid}, {@code building}), {@code id}, its name ({@code name}, with
 * {@code name_zh} and {@code name_en}, or a {@code names} object by language) and {@code parent}. Coordinates are [longitude, latitude] as GeoJSON says. Every problem of every feature is
 * collected (not just the first) so an operator can fix an uploaded map in one round; the hierarchy checks
 * are in {@link MapHierarchyCheck}.
 */
public final class GeoJsonMapReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final GeometryFactory GEOMETRY = new GeometryFactory();
    private static final String CHINESE = Languages.CHINESE.toLanguageTag();
    private static final String ENGLISH = Languages.ENGLISH.toLanguageTag();
    private static final List<String> LANGUAGES = Languages.SUPPORTED.stream().map(Locale::toLanguageTag).toList();

    private GeoJsonMapReader() {
    }

    /** The outcome of reading: a usable map, or the features that make it unusable. */
    public record Result(Optional<GridMap> map, List<InvalidFeature> invalidFeatures) {
    }

    /** Reads a map shipped with the service; a broken one is a build error, so it fails loudly. */
    public static GridMap read(InputStream in) throws IOException {
        Result result = read(JSON.readTree(in));
        return result.map().orElseThrow(() -> new IllegalStateException(
                "Invalid grid map: " + result.invalidFeatures()));
    }

    /**
     * Reads and validates a FeatureCollection.
     *
     * @throws UnusableMap when the document is not a FeatureCollection at all, or has no grid
     */
    public static Result read(JsonNode root) {
        if (root == null || !"FeatureCollection".equals(root.path("type").asText())
                || !root.path("features").isArray()) {
            throw new UnusableMap(MapProblem.of(MapProblem.Kind.NOT_A_FEATURE_COLLECTION));
        }
        Map<Integer, List<MapProblem>> problems = new TreeMap<>();
        List<MapUnit> units = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        JsonNode features = root.path("features");
        for (int index = 0; index < features.size(); index++) {
            List<MapProblem> found = new ArrayList<>();
            MapUnit unit = unit(features.get(index), found);
            if (found.isEmpty()) {
                units.add(unit);
                positions.add(index);
            } else {
                problems.put(index, found);
            }
        }
        MapHierarchyCheck.check(units).forEach((unitIndex, unitProblems) ->
                problems.computeIfAbsent(positions.get(unitIndex), i -> new ArrayList<>()).addAll(unitProblems));
        if (units.stream().noneMatch(u -> u.level() == GridLevel.GRID) && problems.isEmpty()) {
            throw new UnusableMap(MapProblem.of(MapProblem.Kind.NO_GRID));
        }
        if (!problems.isEmpty()) {
            List<InvalidFeature> invalid = new ArrayList<>();
            problems.forEach((index, list) -> invalid.add(
                    new InvalidFeature(index, idOf(features.get(index)), List.copyOf(list))));
            return new Result(Optional.empty(), invalid);
        }
        return new Result(Optional.of(new GridMap(units)), List.of());
    }

    private static String idOf(JsonNode feature) {
        JsonNode id = feature.path("properties").path("id");
        return id.isTextual() ? id.asText() : null;
    }

    private static MapUnit unit(JsonNode feature, List<MapProblem> problems) {
        if (!"Feature".equals(feature.path("type").asText())) {
            problems.add(MapProblem.of(MapProblem.Kind.NOT_A_FEATURE));
        }
        JsonNode props = feature.path("properties");
        GridLevel level = level(props.path("level"), problems);
        String id = text(props.path("id"));
        if (id == null) {
            problems.add(MapProblem.of(MapProblem.Kind.ID_REQUIRED));
        }
        Map<String, String> names = names(props, id, problems);
        String parent = text(props.path("parent"));
        Polygon area = polygon(feature.path("geometry"), problems);
        return problems.isEmpty() ? new MapUnit(level, id, names.get(ENGLISH), names, parent, area) : null;
    }

    /**
     * A unit's names, by language tag: {@code names} ({@code {"zh-CN": "…", "en": "…"}}), else {@code name_zh} and
     * {@code name_en}; {@code name} is the English name when none is given otherwise, or the Chinese one when it is
     * written in Chinese. A unit always has an English name (its id at worst): events have always carried one.
     */
    private static Map<String, String> names(JsonNode props, String id, List<MapProblem> problems) {
        Map<String, String> names = new LinkedHashMap<>();
        JsonNode given = props.path("names");
        if (!given.isMissingNode() && !given.isNull()) {
            if (!given.isObject()) {
                problems.add(MapProblem.of(MapProblem.Kind.NAMES_NOT_AN_OBJECT));
            } else {
                given.fields().forEachRemaining(entry -> {
                    String tag = Locale.forLanguageTag(entry.getKey()).toLanguageTag();
                    if (!LANGUAGES.contains(tag)) {
                        problems.add(MapProblem.of(MapProblem.Kind.NAMES_LANGUAGE, entry.getKey(),
                                String.join(", ", LANGUAGES)));
                    } else if (text(entry.getValue()) == null) {
                        problems.add(MapProblem.of(MapProblem.Kind.NAME_BLANK, entry.getKey()));
                    } else {
                        names.put(tag, entry.getValue().asText());
                    }
                });
            }
        }
        Optional.ofNullable(text(props.path("name_zh"))).ifPresent(name -> names.putIfAbsent(CHINESE, name));
        Optional.ofNullable(text(props.path("name_en"))).ifPresent(name -> names.putIfAbsent(ENGLISH, name));
        String name = text(props.path("name"));
        if (name != null) {
            names.putIfAbsent(name.codePoints().anyMatch(GeoJsonMapReader::han) ? CHINESE : ENGLISH, name);
        }
        names.putIfAbsent(ENGLISH, names.getOrDefault(CHINESE, id));
        return Map.copyOf(names);
    }

    private static boolean han(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    private static GridLevel level(JsonNode node, List<MapProblem> problems) {
        try {
            return GridLevel.valueOf(node.asText("").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(MapProblem.of(MapProblem.Kind.LEVEL_UNKNOWN));
            return null;
        }
    }

    private static String text(JsonNode node) {
        return node.isTextual() && !node.asText().isBlank() ? node.asText() : null;
    }

    private static Polygon polygon(JsonNode geometry, List<MapProblem> problems) {
        if (!"Polygon".equals(geometry.path("type").asText())) {
            problems.add(MapProblem.of(MapProblem.Kind.NOT_A_POLYGON));
            return null;
        }
        JsonNode rings = geometry.path("coordinates");
        if (!rings.isArray() || rings.isEmpty()) {
            problems.add(MapProblem.of(MapProblem.Kind.NO_OUTER_RING));
            return null;
        }
        List<LinearRing> read = new ArrayList<>();
        for (int r = 0; r < rings.size(); r++) {
            LinearRing ring = ring(rings.get(r), r, problems);
            if (ring != null) {
                read.add(ring);
            }
        }
        if (read.size() != rings.size()) {
            return null;
        }
        Polygon polygon = GEOMETRY.createPolygon(read.get(0), read.subList(1, read.size()).toArray(LinearRing[]::new));
        IsValidOp validity = new IsValidOp(polygon);
        if (!validity.isValid()) {
            TopologyValidationError error = validity.getValidationError();
            Coordinate at = error.getCoordinate();
            String where = at == null ? "" : at.x + ", " + at.y;
            problems.add(switch (error.getErrorType()) {
                case TopologyValidationError.SELF_INTERSECTION, TopologyValidationError.RING_SELF_INTERSECTION ->
                        MapProblem.of(MapProblem.Kind.SELF_INTERSECTION, where);
                case TopologyValidationError.HOLE_OUTSIDE_SHELL -> MapProblem.of(MapProblem.Kind.HOLE_OUTSIDE_SHELL, where);
                default -> MapProblem.of(MapProblem.Kind.INVALID_POLYGON, where);
            });
            return null;
        }
        return polygon;
    }

    private static LinearRing ring(JsonNode points, int ringIndex, List<MapProblem> problems) {
        // The ring by its index: 0 is the outer ring, 1… the holes.
        if (!points.isArray() || points.size() < 4) {
            problems.add(MapProblem.of(MapProblem.Kind.RING_TOO_SHORT, ringIndex));
            return null;
        }
        Coordinate[] coordinates = new Coordinate[points.size()];
        for (int i = 0; i < points.size(); i++) {
            JsonNode position = points.get(i);
            if (!position.isArray() || position.size() < 2 || !position.get(0).isNumber()
                    || !position.get(1).isNumber()) {
                problems.add(MapProblem.of(MapProblem.Kind.POSITION_NOT_LON_LAT, ringIndex, i));
                return null;
            }
            double lon = position.get(0).asDouble();
            double lat = position.get(1).asDouble();
            if (Math.abs(lon) > 180 || Math.abs(lat) > 90) {
                problems.add(MapProblem.of(MapProblem.Kind.POSITION_OUT_OF_RANGE, ringIndex, i));
                return null;
            }
            coordinates[i] = new Coordinate(lon, lat);
        }
        if (!coordinates[0].equals2D(coordinates[coordinates.length - 1])) {
            problems.add(MapProblem.of(MapProblem.Kind.RING_NOT_CLOSED, ringIndex));
            return null;
        }
        return GEOMETRY.createLinearRing(coordinates);
    }
}
