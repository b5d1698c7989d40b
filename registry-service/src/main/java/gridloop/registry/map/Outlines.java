package gridloop.registry.map;

import com.fasterxml.jackson.databind.JsonNode;

/** What the registry needs of a map outline: a point inside it to show the building at. */
final class Outlines {

    private Outlines() {
    }

    /**
     * The mean of the outer ring's distinct points (latitude, longitude) of a Polygon, or of the first polygon of a
     * MultiPolygon; null for anything else. Good enough for the convex outlines of buildings.
     */
    static double[] centre(JsonNode geometry) {
        JsonNode coordinates = geometry.path("coordinates");
        JsonNode ring = switch (geometry.path("type").asText()) {
            case "Polygon" -> coordinates.path(0);
            case "MultiPolygon" -> coordinates.path(0).path(0);
            default -> null;
        };
        if (ring == null || ring.size() < 4) {
            return null;
        }
        double lat = 0;
        double lon = 0;
        int points = ring.size() - 1; // the ring repeats its first point last
        for (int i = 0; i < points; i++) {
            lon += ring.get(i).path(0).asDouble();
            lat += ring.get(i).path(1).asDouble();
        }
        return new double[] {lat / points, lon / points};
    }
}
