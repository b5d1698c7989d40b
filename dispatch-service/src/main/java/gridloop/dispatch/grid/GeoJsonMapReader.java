package gridloop.dispatch.grid;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Reads a district map from a GeoJSON FeatureCollection of Polygons whose properties are {@code level},
 * {@code id}, {@code name} and {@code parent}. Coordinates are [longitude, latitude] as GeoJSON says.
 */
public final class GeoJsonMapReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private GeoJsonMapReader() {
    }

    public static GridMap read(InputStream in) throws IOException {
        JsonNode root = JSON.readTree(in);
        List<MapUnit> units = new ArrayList<>();
        for (JsonNode feature : root.path("features")) {
            JsonNode props = feature.path("properties");
            GridLevel level = GridLevel.valueOf(props.path("level").asText().toUpperCase(Locale.ROOT));
            String parent = props.path("parent").isNull() ? null : props.path("parent").asText(null);
            units.add(new MapUnit(level, props.path("id").asText(), props.path("name").asText(), parent,
                    polygon(feature.path("geometry"))));
        }
        return new GridMap(units);
    }

    private static Polygon polygon(JsonNode geometry) {
        if (!"Polygon".equals(geometry.path("type").asText())) {
            throw new IllegalArgumentException("Only Polygon geometries are supported, got " + geometry.path("type"));
        }
        JsonNode rings = geometry.path("coordinates");
        LinearRing shell = ring(rings.get(0));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.get(i));
        }
        return GEOMETRY.createPolygon(shell, holes);
    }

    private static LinearRing ring(JsonNode points) {
        Coordinate[] coordinates = new Coordinate[points.size()];
        for (int i = 0; i < points.size(); i++) {
            coordinates[i] = new Coordinate(points.get(i).get(0).asDouble(), points.get(i).get(1).asDouble());
        }
        return GEOMETRY.createLinearRing(coordinates);
    }
}
