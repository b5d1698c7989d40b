package gridloop.dispatch.grid;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
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

/**
 * Reads a district map from a GeoJSON FeatureCollection of Polygons whose properties are {@code level}
 * ({@code street}, {@code community}, {@code grid}, {@code building}), {@code id}, {@code name} and
 * {@code parent}. Coordinates are [longitude, latitude] as GeoJSON says. Every problem of every feature is
 * collected (not just the first) so an operator can fix an uploaded map in one round; the hierarchy checks
 * are in {@link MapHierarchyCheck}.
 */
public final class GeoJsonMapReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

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
     * @throws IllegalArgumentException when the document is not a FeatureCollection at all
     */
    public static Result read(JsonNode root) {
        if (root == null || !"FeatureCollection".equals(root.path("type").asText())
                || !root.path("features").isArray()) {
            throw new IllegalArgumentException("The map must be a GeoJSON FeatureCollection with a features array");
        }
        Map<Integer, List<String>> problems = new TreeMap<>();
        List<MapUnit> units = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        JsonNode features = root.path("features");
        for (int index = 0; index < features.size(); index++) {
            List<String> found = new ArrayList<>();
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
            throw new IllegalArgumentException("The map has no feature of level grid");
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

    private static MapUnit unit(JsonNode feature, List<String> problems) {
        if (!"Feature".equals(feature.path("type").asText())) {
            problems.add("type must be Feature");
        }
        JsonNode props = feature.path("properties");
        GridLevel level = level(props.path("level"), problems);
        String id = text(props.path("id"));
        if (id == null) {
            problems.add("properties.id is required");
        }
        String name = Optional.ofNullable(text(props.path("name"))).orElse(id);
        String parent = text(props.path("parent"));
        Polygon area = polygon(feature.path("geometry"), problems);
        return problems.isEmpty() ? new MapUnit(level, id, name, parent, area) : null;
    }

    private static GridLevel level(JsonNode node, List<String> problems) {
        try {
            return GridLevel.valueOf(node.asText("").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add("properties.level must be one of street, community, grid, building");
            return null;
        }
    }

    private static String text(JsonNode node) {
        return node.isTextual() && !node.asText().isBlank() ? node.asText() : null;
    }

    private static Polygon polygon(JsonNode geometry, List<String> problems) {
        if (!"Polygon".equals(geometry.path("type").asText())) {
            problems.add("geometry must be a Polygon");
            return null;
        }
        JsonNode rings = geometry.path("coordinates");
        if (!rings.isArray() || rings.isEmpty()) {
            problems.add("geometry.coordinates must hold at least the outer ring");
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
            problems.add("invalid polygon: " + validity.getValidationError());
            return null;
        }
        return polygon;
    }

    private static LinearRing ring(JsonNode points, int ringIndex, List<String> problems) {
        String which = ringIndex == 0 ? "outer ring" : "hole " + ringIndex;
        if (!points.isArray() || points.size() < 4) {
            problems.add(which + " needs at least 4 positions");
            return null;
        }
        Coordinate[] coordinates = new Coordinate[points.size()];
        for (int i = 0; i < points.size(); i++) {
            JsonNode position = points.get(i);
            if (!position.isArray() || position.size() < 2 || !position.get(0).isNumber()
                    || !position.get(1).isNumber()) {
                problems.add(which + " position " + i + " is not [longitude, latitude]");
                return null;
            }
            double lon = position.get(0).asDouble();
            double lat = position.get(1).asDouble();
            if (Math.abs(lon) > 180 || Math.abs(lat) > 90) {
                problems.add(which + " position " + i + " is outside longitude ±180, latitude ±90");
                return null;
            }
            coordinates[i] = new Coordinate(lon, lat);
        }
        if (!coordinates[0].equals2D(coordinates[coordinates.length - 1])) {
            problems.add(which + " is not closed (first and last positions differ)");
            return null;
        }
        return GEOMETRY.createLinearRing(coordinates);
    }
}
