package gridloop.dispatch.grid;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes map units as GeoJSON Features ({@code level}, {@code id}, {@code name} in English, {@code names} by language,
 * {@code parent}): what the reader reads back.
 */
final class GeoJsonView {

    private GeoJsonView() {
    }

    static Map<String, Object> featureCollection(long version, List<MapUnit> units) {
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("type", "FeatureCollection");
        collection.put("version", version);
        collection.put("features", units.stream().map(GeoJsonView::feature).toList());
        return collection;
    }

    static Map<String, Object> feature(MapUnit unit) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("level", unit.level().json());
        properties.put("id", unit.id());
        properties.put("name", unit.name());
        properties.put("names", unit.names());
        properties.put("parent", unit.parentId());
        Map<String, Object> feature = new LinkedHashMap<>();
        feature.put("type", "Feature");
        feature.put("id", unit.id());
        feature.put("properties", properties);
        feature.put("geometry", Map.of("type", "Polygon", "coordinates", rings(unit.area())));
        return feature;
    }

    private static List<List<double[]>> rings(Polygon polygon) {
        List<List<double[]>> rings = new ArrayList<>();
        rings.add(ring(polygon.getExteriorRing()));
        for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
            rings.add(ring(polygon.getInteriorRingN(i)));
        }
        return rings;
    }

    private static List<double[]> ring(LineString ring) {
        List<double[]> points = new ArrayList<>();
        for (Coordinate c : ring.getCoordinates()) {
            points.add(new double[] {c.x, c.y});
        }
        return points;
    }
}
