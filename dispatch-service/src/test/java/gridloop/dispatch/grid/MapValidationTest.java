package gridloop.dispatch.grid;

import static gridloop.dispatch.grid.GridMapTest.collection;
import static gridloop.dispatch.grid.GridMapTest.feature;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import gridloop.dispatch.grid.MapProblem.Kind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What an uploaded map is refused for: every bad feature is reported with its index, id and problems. */
class MapValidationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SQUARE = "[[0,0],[1,0],[1,1],[0,1],[0,0]]";
    private static final String LEFT = "[[0,0],[0.5,0],[0.5,1],[0,1],[0,0]]";
    private static final String RIGHT = "[[0.5,0],[1,0],[1,1],[0.5,1],[0.5,0]]";

    @Test
    void aConsistentMapIsAccepted() {
        GeoJsonMapReader.Result result = read(base(feature("grid", "g1", "c", LEFT), feature("grid", "g2", "c", RIGHT)));

        assertTrue(result.invalidFeatures().isEmpty(), result.invalidFeatures()::toString);
        assertEquals(4, result.map().orElseThrow().units().size());
    }

    @Test
    void eachKindOfBadFeatureIsReportedAgainstItsIndexAndId() {
        List<InvalidFeature> invalid = read(base(
                feature("grid", "open-ring", "c", "[[0,0],[0.5,0],[0.5,1],[0,1]]"),
                feature("grid", "bowtie", "c", "[[0,0],[0.5,0.5],[0.5,0],[0,0.5],[0,0]]"),
                feature("grid", "too-few", "c", "[[0,0],[0.5,0],[0,0]]"),
                feature("grid", "outside", "c", "[[0.5,0],[1.5,0],[1.5,1],[0.5,1],[0.5,0]]"),
                feature("grid", "orphan", "nowhere", LEFT),
                feature("building", "wrong-level", "c", "[[0.1,0.1],[0.2,0.1],[0.2,0.2],[0.1,0.1]]"),
                feature("grid", "g1", "c", LEFT),
                feature("grid", "g1", "c", RIGHT),
                feature("district", "what", "c", LEFT))).invalidFeatures();

        assertProblem(invalid, 2, "open-ring", MapProblem.of(Kind.RING_NOT_CLOSED, 0));
        assertProblem(invalid, 3, "bowtie", MapProblem.of(Kind.SELF_INTERSECTION, "0.25, 0.25"));
        assertProblem(invalid, 4, "too-few", MapProblem.of(Kind.RING_TOO_SHORT, 0));
        assertProblem(invalid, 5, "outside", MapProblem.of(Kind.NOT_INSIDE_PARENT, "community", "c"));
        assertProblem(invalid, 6, "orphan", MapProblem.of(Kind.PARENT_MISSING, "nowhere"));
        assertProblem(invalid, 7, "wrong-level", MapProblem.of(Kind.PARENT_WRONG_LEVEL, "building", "grid", "c",
                "community"));
        assertProblem(invalid, 9, "g1", MapProblem.of(Kind.ID_USED_TWICE, "g1"));
        assertProblem(invalid, 10, "what", MapProblem.of(Kind.LEVEL_UNKNOWN));
        // The grids overlapping g1 are reported too (orphan and "outside" sit on top of it).
        assertProblem(invalid, 8, "g1", MapProblem.of(Kind.OVERLAPS, "grid", "orphan"));
    }

    @Test
    void aHoleThatIsNotInsideItsShellIsAnInvalidPolygon() {
        List<InvalidFeature> invalid = read(base(feature("grid", "g", "c",
                SQUARE + ",[[2,2],[3,2],[3,3],[2,3],[2,2]]"))).invalidFeatures();

        assertProblem(invalid, 2, "g", MapProblem.of(Kind.HOLE_OUTSIDE_SHELL, "2.0, 2.0"));
    }

    @Test
    void somethingThatIsNotAFeatureCollectionIsABadRequest() throws Exception {
        assertThrows(UnusableMap.class, () -> GeoJsonMapReader.read(JSON.readTree("{\"type\":\"Feature\"}")));
        assertThrows(UnusableMap.class, () -> GeoJsonMapReader.read(JSON.readTree("[]")));
        assertThrows(UnusableMap.class, () -> GeoJsonMapReader.read(
                JSON.readTree(collection(List.of(feature("street", "s", null, SQUARE))))));
    }

    private static String base(String... features) {
        List<String> all = new ArrayList<>(List.of(feature("street", "s", null, SQUARE),
                feature("community", "c", "s", SQUARE)));
        all.addAll(List.of(features));
        return collection(all);
    }

    private static GeoJsonMapReader.Result read(String geoJson) {
        try {
            return GeoJsonMapReader.read(JSON.readTree(geoJson));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void assertProblem(List<InvalidFeature> invalid, int index, String id, MapProblem problem) {
        InvalidFeature feature = invalid.stream().filter(f -> f.index() == index).findFirst()
                .orElseThrow(() -> new AssertionError("feature " + index + " not reported in " + invalid));
        assertEquals(id, feature.id());
        assertTrue(feature.problems().contains(problem),
                () -> "feature " + index + " problems " + feature.problems() + " lack " + problem);
    }
}
