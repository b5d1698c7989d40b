package gridloop.dispatch.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Point location on the sample district and on a small map with a hole (pure logic, no database). */
public class GridMapTest {

    private static final GridMap SAMPLE = sample();

    @Test
    void aPointInsideAGridLandsInItsGridCommunityStreetAndBuilding() {
        GridMap.Location inHualong = SAMPLE.locate(29.594, 106.223).orElseThrow();

        assertEquals("hualong-g1", inHualong.grid().id());
        assertEquals("hualong", inHualong.community().id());
        assertEquals("biquan", inHualong.street().id());
        assertEquals("hualong-g1-b1", inHualong.building().id());
        assertNull(SAMPLE.locate(29.597, 106.223).orElseThrow().building());
    }

    @Test
    void aPointOnAnEdgeSharedByTwoGridsLandsInTheSmallerIdWhateverTheOrderOfTheMap() {
        // niujiaowan-g1 | niujiaowan-g2 share the meridian 106.206667.
        List<MapUnit> reversed = new ArrayList<>(SAMPLE.units());
        Collections.reverse(reversed);

        assertEquals("niujiaowan-g1", SAMPLE.locate(29.60, 106.206667).orElseThrow().grid().id());
        assertEquals("niujiaowan-g1", new GridMap(reversed).locate(29.60, 106.206667).orElseThrow().grid().id());
        // Just east of the edge is the other grid: the tie rule only decides points exactly on it.
        assertEquals("niujiaowan-g2", SAMPLE.locate(29.60, 106.2067).orElseThrow().grid().id());
    }

    @Test
    void aPointOnAVertexOfFourGridsLandsInOneAndItsCommunityIsThatGridsParent() {
        // 106.22 E 29.59 N is the corner of niujiaowan-g3, hualong-g1, haoyu-g3 (in Niujiaowan: the Hongkang Haoyu compound) and lianhua-g1.
        GridMap.Location corner = SAMPLE.locate(29.59, 106.22).orElseThrow();

        assertEquals("haoyu-g3", corner.grid().id());
        assertEquals("niujiaowan", corner.community().id());
    }

    @Test
    void aPointOutsideTheDistrictIsNowhere() {
        assertTrue(SAMPLE.locate(29.61, 106.21).isEmpty());
        assertTrue(SAMPLE.locate(29.59, 106.2400001).isEmpty());
        // The district's own outer border still belongs to it.
        assertEquals("hualong-g3", SAMPLE.locate(29.59, 106.24).orElseThrow().grid().id());
    }

    @Test
    void aPointInAHoleBelongsToTheGridFillingItOrToNoGrid() {
        GridMap withEnclave = read(holeMap(true));
        GridMap withLake = read(holeMap(false));

        assertEquals("enclave", withEnclave.locate(0.5, 0.5).orElseThrow().grid().id());
        assertEquals("ring", withEnclave.locate(0.1, 0.1).orElseThrow().grid().id());
        // On the hole's border: both cover it, neither contains it, so the smaller id.
        assertEquals("enclave", withEnclave.locate(0.4, 0.5).orElseThrow().grid().id());
        assertTrue(withLake.locate(0.5, 0.5).isEmpty());
        assertEquals("ring", withLake.locate(0.4, 0.5).orElseThrow().grid().id());
    }

    @Test
    void locatingLooksOnlyAtThePolygonsTheIndexReturns() {
        // 12 grids in the sample; the index hands over only those whose envelope holds the point.
        assertEquals(1, SAMPLE.candidates(GridLevel.GRID, 29.597, 106.223).size());
        assertEquals(2, SAMPLE.candidates(GridLevel.GRID, 29.60, 106.206667).size());
        assertEquals(0, SAMPLE.candidates(GridLevel.GRID, -45, -120).size());
    }

    @Test
    void theSampleNamesEveryUnitInChineseAndEnglish() {
        MapUnit haoyu = SAMPLE.unit("haoyu-g1").orElseThrow();
        assertEquals("鸿康皓宇小区第一网格", haoyu.nameIn(gridloop.support.i18n.Languages.CHINESE));
        assertEquals("Hongkang Haoyu Grid 1", haoyu.nameIn(gridloop.support.i18n.Languages.ENGLISH));
        assertEquals("niujiaowan", haoyu.parentId());
        assertEquals("碧泉街道", SAMPLE.unit("biquan").orElseThrow().names().get("zh-CN"));
        assertTrue(SAMPLE.units().stream().allMatch(unit -> unit.names().get("zh-CN") != null && unit.name() != null));
    }

    @Test
    void anUploadNamesAUnitByNamesOrByNameZhAndNameEnOrByAChineseName() {
        String rings = "[[0,0],[1,0],[1,1],[0,1],[0,0]]";
        GridMap map = read(collection(List.of(
                withProperties("street", "s", null, rings, "\"names\":{\"zh-CN\":\"碧泉街道\",\"en\":\"Biquan Street\"}"),
                withProperties("community", "c", "s", rings, "\"name\":\"Hualong\",\"name_zh\":\"花龙社区\""),
                withProperties("grid", "g", "c", rings, "\"name\":\"花龙一网格\""))));

        assertEquals("Biquan Street", map.unit("s").orElseThrow().name());
        assertEquals("碧泉街道", map.unit("s").orElseThrow().names().get("zh-CN"));
        assertEquals("Hualong", map.unit("c").orElseThrow().name());
        assertEquals("花龙社区", map.unit("c").orElseThrow().names().get("zh-CN"));
        // Named only in Chinese: events still carry an English name, the only one there is.
        assertEquals("花龙一网格", map.unit("g").orElseThrow().names().get("zh-CN"));
        assertEquals("花龙一网格", map.unit("g").orElseThrow().name());
    }

    @Test
    void aNamesObjectInALanguageTheDistrictDoesNotSpeakIsAProblemOfItsFeature() {
        String rings = "[[0,0],[1,0],[1,1],[0,1],[0,0]]";
        GeoJsonMapReader.Result result = GeoJsonMapReader.read(parse(collection(List.of(
                withProperties("street", "s", null, rings, "\"names\":{\"fr\":\"Rue\"}"),
                feature("community", "c", "s", rings), feature("grid", "g", "c", rings)))));

        assertTrue(result.map().isEmpty());
        assertEquals("s", result.invalidFeatures().get(0).id());
    }

    private static com.fasterxml.jackson.databind.JsonNode parse(String json) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String withProperties(String level, String id, String parent, String rings, String names) {
        return "{\"type\":\"Feature\",\"properties\":{\"level\":\"" + level + "\",\"id\":\"" + id + "\","
                + names + ",\"parent\":" + (parent == null ? "null" : "\"" + parent + "\"")
                + "},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[" + rings + "]}}";
    }

    static String holeMap(boolean withEnclave) {
        String street = feature("street", "s", null, "[[0,0],[1,0],[1,1],[0,1],[0,0]]");
        String community = feature("community", "c", "s", "[[0,0],[1,0],[1,1],[0,1],[0,0]]");
        String ring = feature("grid", "ring", "c",
                "[[0,0],[1,0],[1,1],[0,1],[0,0]],[[0.4,0.4],[0.6,0.4],[0.6,0.6],[0.4,0.6],[0.4,0.4]]");
        String enclave = feature("grid", "enclave", "c", "[[0.4,0.4],[0.6,0.4],[0.6,0.6],[0.4,0.6],[0.4,0.4]]");
        return collection(withEnclave ? List.of(street, community, ring, enclave) : List.of(street, community, ring));
    }

    /** A GeoJSON Feature of a map unit; {@code rings} is the inside of the Polygon's coordinates array. */
    public static String feature(String level, String id, String parent, String rings) {
        return "{\"type\":\"Feature\",\"properties\":{\"level\":\"" + level + "\",\"id\":\"" + id + "\",\"name\":\""
                + id + "\",\"parent\":" + (parent == null ? "null" : "\"" + parent + "\"")
                + "},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[" + rings + "]}}";
    }

    public static String collection(List<String> features) {
        return "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
    }

    static GridMap read(String geoJson) {
        try (InputStream in = new java.io.ByteArrayInputStream(geoJson.getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
            return GeoJsonMapReader.read(in);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static GridMap sample() {
        try (InputStream in = GridMapTest.class.getClassLoader()
                .getResourceAsStream("sample-district/biquan-street.geojson")) {
            return GeoJsonMapReader.read(Optional.ofNullable(in).orElseThrow());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
