package gridloop.dispatch;

import static gridloop.dispatch.grid.GridMapTest.feature;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gridloop.dispatch.grid.GridMapPublisher;
import gridloop.dispatch.grid.GridMapStatements;
import gridloop.events.AppealSubmitted;
import gridloop.events.CloudEventHeaders;
import gridloop.events.EventCodec;
import gridloop.events.GridMapInForce;
import gridloop.events.Topics;
import gridloop.testkit.EventContract;
import gridloop.testkit.KafkaTestClient;
import gridloop.testkit.Tokens;
import gridloop.testkit.GridLoopTestInfrastructure;
import gridloop.testkit.MovableClock;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** An operator replaces the district map; bad maps are refused whole; other instances pick up a new one. */
@QuarkusTest
@QuarkusTestResource(GridLoopTestInfrastructure.class)
class GridMapApiTest {

    private static final String OTHER_DISTRICT = "{\"type\":\"FeatureCollection\",\"features\":["
            + feature("street", "elm", null, "[[107.0,30.0],[107.02,30.0],[107.02,30.02],[107.0,30.02],[107.0,30.0]]")
            + "," + feature("community", "elm-c1", "elm", "[[107.0,30.0],[107.02,30.0],[107.02,30.02],[107.0,30.02],[107.0,30.0]]")
            + "," + feature("grid", "elm-c1-g1", "elm-c1", "[[107.0,30.0],[107.01,30.0],[107.01,30.02],[107.0,30.02],[107.0,30.0]]")
            + "," + feature("grid", "elm-c1-g2", "elm-c1", "[[107.01,30.0],[107.02,30.0],[107.02,30.02],[107.01,30.02],[107.01,30.0]]")
            + "]}";

    @Inject
    GridMapStatements store;

    @Inject
    MovableClock clock;

    @Inject
    Pool pool;

    @Inject
    GridMapPublisher publisher;

    @AfterEach
    void restoreTheSampleDistrict() {
        given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).contentType(ContentType.JSON).body(sample()).put("/api/v1/grids").then().statusCode(200);
        locatesHualong();
    }

    @Test
    void anotherDistrictsMapReplacesTheSampleAndIsStoredAsANewVersion() {
        int before = given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).get("/api/v1/grids").then().statusCode(200).extract().path("version");

        given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).contentType("application/geo+json").body(OTHER_DISTRICT).put("/api/v1/grids").then().statusCode(200)
                .body("version", greaterThan(before)).body("gridCount", equalTo(2)).body("communityCount", equalTo(1));

        given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).queryParam("lat", 30.01).queryParam("lon", 107.015).get("/api/v1/grids/locate").then().statusCode(200)
                .body("grid.id", equalTo("elm-c1-g2")).body("community.id", equalTo("elm-c1"));
        given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).queryParam("lat", 29.597).queryParam("lon", 106.223).get("/api/v1/grids/locate").then()
                .statusCode(404).body("type", equalTo("urn:gridloop:problem:outside-district"));
        given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).get("/api/v1/grids").then().body("features.properties.id", hasItems("elm", "elm-c1-g1"));
    }

    /**
     * The map in force goes out on the compacted grid-maps topic, a record per street: the shipped map (version 0)
     * at first start, then each upload, with an empty map for a street the upload dropped. Once per version.
     */
    @Test
    void theMapInForceIsPublishedPerStreet() {
        var kafka = GridLoopTestInfrastructure.current().kafka();
        GridMapInForce shipped = mapsOf(kafka.readUntil(Topics.GRID_MAPS, Duration.ofSeconds(20),
                records -> records.stream().anyMatch(r -> "biquan".equals(r.key())))).get(0);
        assertEquals(0, shipped.version());
        assertEquals("Biquan Street", shipped.streetName());
        assertEquals(40, shipped.map().path("features").size(), "the street and every unit under it");
        // Each unit travels named in both languages.
        assertEquals("碧泉街道", shipped.map().path("features").get(0).path("properties").path("names").path("zh-CN").asText());
        assertEquals("Biquan Street", shipped.map().path("features").get(0).path("properties").path("names").path("en").asText());

        int version = given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).contentType("application/geo+json")
                .body(OTHER_DISTRICT).put("/api/v1/grids").then().statusCode(200).extract().path("version");
        List<GridMapInForce> ofVersion = mapsOf(kafka.readUntil(Topics.GRID_MAPS, Duration.ofSeconds(20),
                records -> mapsOf(records).stream().filter(m -> m.version() == version).count() >= 2)).stream()
                .filter(m -> m.version() == version).toList();
        assertEquals(List.of("elm", "biquan"), ofVersion.stream().map(GridMapInForce::streetId).toList());
        assertEquals(4, ofVersion.get(0).map().path("features").size());
        assertEquals(true, ofVersion.get(1).retired(), "the upload dropped the sample street");

        // The scheduler checks every second: still one record per street of the version once it has looked again.
        try {
            VertxContextSupport.subscribeAndAwait(() -> publisher.publishInForce());
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
        assertEquals(2, mapsOf(kafka.readAll(Topics.GRID_MAPS)).stream().filter(m -> m.version() == version).count());
    }

    private static List<GridMapInForce> mapsOf(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream().map(GRID_MAP_CONTRACT::requireKept)
                .map(r -> (GridMapInForce) EventCodec.decode(KafkaTestClient.header(r, CloudEventHeaders.TYPE), r.value()))
                .toList();
    }

    private static final EventContract GRID_MAP_CONTRACT = EventContract.load();

    @Test
    void aMapWithBadFeaturesIsRefusedWholeWithEachProblemListed() {
        String bad = OTHER_DISTRICT.substring(0, OTHER_DISTRICT.length() - 2) + ","
                + feature("grid", "elm-c1-g1", "elm-c1", "[[107.0,30.0],[107.01,30.0],[107.01,30.01],[107.0,30.0]]") + ","
                + feature("grid", "spill", "elm-c1", "[[107.015,30.0],[107.03,30.0],[107.03,30.01],[107.015,30.0]]") + ","
                + feature("grid", "open", "elm-c1", "[[107.0,30.0],[107.01,30.0],[107.01,30.01],[107.0,30.01]]")
                + "]}";
        int before = given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).get("/api/v1/grids").then().extract().path("version");

        given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).contentType(ContentType.JSON).header("Accept-Language", "en")
                .body(bad).put("/api/v1/grids").then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:gridloop:problem:invalid-map"))
                .body("invalidFeatures.index", hasItems(4, 5, 6))
                .body("invalidFeatures.find { it.index == 4 }.problems",
                        hasItems(startsWith("id elm-c1-g1 is used by an earlier feature")))
                .body("invalidFeatures.find { it.index == 5 }.problems", hasItems("not inside its community elm-c1"))
                .body("invalidFeatures.find { it.index == 6 }.id", equalTo("open"))
                .body("invalidFeatures.find { it.index == 6 }.problems",
                        hasItems("outer ring is not closed (first and last positions differ)"));
        // The same refusal in the district's language: the problems are worded for the reader, not stored as text.
        given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).contentType(ContentType.JSON).body(bad).put("/api/v1/grids")
                .then().statusCode(422).body("type", equalTo("urn:gridloop:problem:invalid-map"))
                .body("invalidFeatures.find { it.index == 5 }.problems", hasItems("不在其上级 community elm-c1 之内"))
                .body("invalidFeatures.find { it.index == 6 }.problems", hasItems("外环未闭合（首尾坐标不同）"));

        given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).get("/api/v1/grids").then().body("version", equalTo(before));
        locatesHualong();
    }

    @Test
    void somethingThatIsNotAMapIsABadRequest() {
        given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).contentType(ContentType.JSON).body("{\"type\":\"Feature\"}").put("/api/v1/grids").then()
                .statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).contentType(ContentType.JSON).body("{\"type\":").put("/api/v1/grids").then()
                .statusCode(400).contentType("application/problem+json");
    }

    @Test
    void onlyTheNewestUploadsStayStored() {
        for (int upload = 0; upload < 4; upload++) {
            given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).contentType(ContentType.JSON).body(sample())
                    .put("/api/v1/grids").then().statusCode(200);
        }
        int inForce = given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).get("/api/v1/grids").then().statusCode(200)
                .extract().path("version");
        Row kept = pool.query("select count(*) as kept, min(version) as oldest, max(version) as newest from grid_map_version")
                .execute().await().atMost(Duration.ofSeconds(10)).iterator().next();
        assertEquals(3L, kept.getLong("kept"), "gridloop.grid-map.keep-versions is 3 in tests");
        assertEquals(inForce, kept.getLong("newest").intValue());
        assertEquals(inForce - 2, kept.getLong("oldest").intValue());
    }

    @Test
    void aMapWithMoreFeaturesThanTheCapIsRefusedBeforeItIsRead() {
        int before = given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).get("/api/v1/grids").then().statusCode(200)
                .extract().path("version");
        String tooMany = "{\"type\":\"FeatureCollection\",\"features\":["
                + String.join(",", Collections.nCopies(5001, "{}")) + "]}";
        given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).contentType(ContentType.JSON).body(tooMany).put("/api/v1/grids")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:gridloop:problem:too-many-features"));
        given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).get("/api/v1/grids").then().body("version", equalTo(before));
    }

    @Test
    void aMapStoredByAnotherInstanceIsPickedUpWithinTheRefreshInterval() {
        long stored = store.save(OTHER_DISTRICT, 4).await().atMost(Duration.ofSeconds(10));

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).get("/api/v1/grids").then()
                .body("version", equalTo((int) stored)));
        given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).queryParam("lat", 30.01).queryParam("lon", 107.005).get("/api/v1/grids/locate").then()
                .statusCode(200).body("grid.id", equalTo("elm-c1-g1"));
    }

    @Test
    void aGridWithoutWorkersFallsBackToTheCommunitysBackupElseToTheOperatorsQueue() {
        // Hualong has a backup worker but no one in grid hualong-g9; community "elm-c1" has nobody at all.
        String map = "{\"type\":\"FeatureCollection\",\"features\":["
                + feature("street", "biquan", null, "[[107.0,30.0],[107.04,30.0],[107.04,30.02],[107.0,30.02],[107.0,30.0]]")
                + "," + feature("community", "hualong", "biquan", "[[107.0,30.0],[107.02,30.0],[107.02,30.02],[107.0,30.02],[107.0,30.0]]")
                + "," + feature("grid", "hualong-g9", "hualong", "[[107.0,30.0],[107.02,30.0],[107.02,30.02],[107.0,30.02],[107.0,30.0]]")
                + "," + feature("community", "elm-c1", "biquan", "[[107.02,30.0],[107.04,30.0],[107.04,30.02],[107.02,30.02],[107.02,30.0]]")
                + "," + feature("grid", "elm-c1-g1", "elm-c1", "[[107.02,30.0],[107.04,30.0],[107.04,30.02],[107.02,30.02],[107.02,30.0]]")
                + "]}";
        given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).contentType(ContentType.JSON).body(map).put("/api/v1/grids").then().statusCode(200);
        AppealSubmitted toBackup = DispatchFlowTest.submitted("NOISE", 30.01, 107.01, clock.instant());
        AppealSubmitted toOperators = DispatchFlowTest.submitted("NOISE", 30.01, 107.03, clock.instant());
        DispatchFlowTest.kafka().sendEvent(toBackup);
        DispatchFlowTest.kafka().sendEvent(toOperators);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).get("/api/v1/tasks/" + toBackup.appealId())
                .then().statusCode(200).body("gridId", equalTo("hualong-g9"))
                .body("assigneeId", equalTo("w-hualong-backup")).body("queue", nullValue()));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).get("/api/v1/tasks/" + toOperators.appealId())
                .then().statusCode(200).body("gridId", equalTo("elm-c1-g1"))
                .body("assigneeId", nullValue()).body("queue", equalTo("OPERATORS")));
        // Nobody can accept a task that waits for an operator.
        given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).post("/api/v1/tasks/" + toOperators.appealId() + "/accept").then().statusCode(409);
        List<ConsumerRecord<String, byte[]>> assigned = DispatchFlowTest.kafka().readUntil(Topics.APPEALS_DISPATCH,
                Duration.ofSeconds(20), list -> list.stream().anyMatch(r -> toOperators.appealId().toString().equals(r.key())));
        String payload = assigned.stream().filter(r -> toOperators.appealId().toString().equals(r.key()))
                .map(r -> new String(r.value(), StandardCharsets.UTF_8)).findFirst().orElseThrow();
        assertTrue(payload.contains("\"queue\":\"OPERATORS\"") && payload.contains("\"assigneeId\":null"), payload);
    }

    private static void locatesHualong() {
        given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).queryParam("lat", 29.597).queryParam("lon", 106.223).get("/api/v1/grids/locate").then()
                .statusCode(200).body("grid.id", equalTo("hualong-g1"));
    }

    private static String sample() {
        try (InputStream in = GridMapApiTest.class.getClassLoader()
                .getResourceAsStream("sample-district/biquan-street.geojson")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
