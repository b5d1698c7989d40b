package gridloop.command;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gridloop.events.Actor;
import gridloop.events.AppealAssigned;
import gridloop.events.AppealOverdue;
import gridloop.events.AppealSubmitted;
import gridloop.events.EvaluationSnapshot;
import gridloop.events.GridMapInForce;
import gridloop.events.GridUnit;
import gridloop.events.Location;
import gridloop.events.Topics;
import gridloop.testkit.GridLoopTestInfrastructure;
import gridloop.testkit.KafkaTestClient;
import gridloop.testkit.MovableClock;
import gridloop.testkit.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The map's data: the grid map from the grid-maps topic with live counts, the open appeals in view as markers
 * (or clusters when more than the limit, 3 in tests), the filters, the counters, and operators only.
 */
@QuarkusTest
@QuarkusTestResource(GridLoopTestInfrastructure.class)
class MapViewTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    // A street of its own, far from everyone else's test appeals.
    private static final double WEST = 110.0;
    private static final double SOUTH = 20.0;
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String STREET = "cc-street-" + RUN;
    private static final String GRID_A = "cc-grid-a-" + RUN;
    private static final String GRID_B = "cc-grid-b-" + RUN;

    @Inject
    MovableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theMapShowsTheGridsAndTheOpenAppealsInView() throws Exception {
        KafkaTestClient kafka = GridLoopTestInfrastructure.current().kafka();
        kafka.sendEvent(new GridMapInForce(STREET, "Test Street", 1, map(), clock.instant()));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> units().body(
                "features.findAll { it.properties.parent == '" + STREET + "' }", hasSize(2)));

        // Counted from here: nothing else in flight.
        GridLoopTestInfrastructure.current().awaitQuiet("command-center", Topics.ALL.toArray(String[]::new));
        Instant now = clock.instant();
        clock.pinTo(now);
        ValidatableResponse before = counters();
        int openBefore = before.extract().path("open");
        int assignedTodayBefore = before.extract().path("assignedToday");

        UUID a1 = appeal(GRID_A, 20.001, 110.001, now);
        appeal(GRID_A, 20.002, 110.002, now);
        UUID b1 = appeal(GRID_B, 20.001, 110.011, now);
        kafka.sendEvent(new AppealOverdue(b1, "ACCEPT", now, Actor.system("test"), now.plusSeconds(3)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> ReadModelTest.details(b1).statusCode(200)
                .body("overdue", equalTo(true)));
        GridLoopTestInfrastructure.current().awaitQuiet("command-center", Topics.APPEALS_SUBMITTED,
                Topics.APPEALS_DISPATCH);

        // Three in view: markers, newest first; the grid's live counts on the map.
        inView("").body("mode", equalTo("markers")).body("total", equalTo(3)).body("markers", hasSize(3));
        inView("&grid=" + GRID_A).body("total", equalTo(2));
        inView("&overdue=true").body("total", equalTo(1)).body("markers[0].appealId", equalTo(b1.toString()));
        inView("&overdue=false&status=ASSIGNED").body("total", equalTo(2));
        units().body("features.find { it.id == '" + GRID_A + "' }.properties.open", equalTo(2))
                .body("features.find { it.id == '" + GRID_B + "' }.properties.overdue", equalTo(1))
                .body("features.find { it.id == '" + STREET + "' }.properties.open", equalTo(3))
                // GeoJSON objects, as Leaflet draws them (not JSON text in a string).
                .body("features.find { it.id == '" + GRID_A + "' }.geometry.type", equalTo("Polygon"));
        // A unit's rates (what the page shades grids by) from its latest evaluation snapshot.
        kafka.sendEvent(new EvaluationSnapshot("grid", GRID_A, "Grid A", now.minusSeconds(86_400), now, 4, 3, 0.75,
                null, null, 0.0, null, 0, 3, 0.75, 3, null, null, now));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> units()
                .body("features.find { it.id == '" + GRID_A + "' }.properties.latestSnapshot.responseRate",
                        equalTo(0.75f)));

        // A fourth in view is over the limit (3 in tests): clusters, two cells at a wide zoom.
        appeal(GRID_B, 20.002, 110.012, now);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> inView("").body("total", equalTo(4)));
        inView("").body("mode", equalTo("clusters")).body("clusters.count.sum()", equalTo(4));
        inView("", 2).body("clusters", hasSize(1)).body("clusters[0].count", equalTo(4))
                .body("clusters[0].overdue", equalTo(1));

        counters().body("open", equalTo(openBefore + 4)).body("assignedToday", equalTo(assignedTodayBefore + 4));
        ReadModelTest.details(a1).body("appeal.gridId", equalTo(GRID_A)).body("timeline", hasSize(2));
    }

    @Test
    void onlyOperatorsSeeTheCommandCentre() {
        for (String path : List.of("/api/v1/map/units", "/api/v1/counters", "/api/v1/appeals/" + UUID.randomUUID())) {
            given().auth().oauth2(Tokens.of("w-hualong-g1-1")).get(path).then().statusCode(403)
                    .contentType("application/problem+json");
            given().get(path).then().statusCode(401);
        }
        given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).get("/api/v1/appeals/" + UUID.randomUUID()).then()
                .statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).queryParam("west", 111).queryParam("south", 20)
                .queryParam("east", 110).queryParam("north", 21).get("/api/v1/map/appeals").then().statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).queryParam("south", 20).queryParam("east", 110)
                .queryParam("north", 21).get("/api/v1/map/appeals").then().statusCode(400);
    }

    private static UUID appeal(String grid, double latitude, double longitude, Instant at) {
        UUID id = UUID.randomUUID();
        KafkaTestClient kafka = GridLoopTestInfrastructure.current().kafka();
        kafka.sendEvent(new AppealSubmitted(id, "BQ-MAP", "NOISE", "Noise", new Location(latitude, longitude, null),
                List.of(), "APP", "p-map", Actor.system("test"), at));
        kafka.sendEvent(new AppealAssigned(id, new GridUnit(STREET, "Test Street"),
                new GridUnit("cc-community-" + RUN, "Test Community"), new GridUnit(grid, "Grid " + grid), "w-map",
                "Map Worker", null, at.plusSeconds(3600), at.plusSeconds(86_400), Actor.system("test"),
                at.plusSeconds(1)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> ReadModelTest.details(id).statusCode(200)
                .body("appeal.status", equalTo("ASSIGNED")).body("appeal.latitude", equalTo((float) latitude)));
        return id;
    }

    private static ValidatableResponse inView(String filters) {
        return inView(filters, 14);
    }

    private static ValidatableResponse inView(String filters, int zoom) {
        String query = "?west=" + WEST + "&south=" + SOUTH + "&east=" + (WEST + 0.1) + "&north=" + (SOUTH + 0.1)
                + "&zoom=" + zoom + filters;
        return given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).get("/api/v1/map/appeals" + query).then()
                .statusCode(200);
    }

    private static ValidatableResponse units() {
        return given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).get("/api/v1/map/units").then().statusCode(200);
    }

    private static ValidatableResponse counters() {
        return given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).get("/api/v1/counters").then().statusCode(200);
    }

    /** The street with two grids side by side. */
    private static JsonNode map() throws Exception {
        return JSON.readTree("""
                {"type": "FeatureCollection", "features": [
                  %s, %s, %s]}
                """.formatted(feature("street", STREET, null, 110.0, 110.02),
                feature("grid", GRID_A, STREET, 110.0, 110.01), feature("grid", GRID_B, STREET, 110.01, 110.02)));
    }

    private static String feature(String level, String id, String parent, double west, double east) {
        return """
                {"type": "Feature", "properties": {"level": "%s", "id": "%s", "name": "%s", "parent": %s},
                 "geometry": {"type": "Polygon", "coordinates": [[[%s, 20.0], [%s, 20.0], [%s, 20.02], [%s, 20.02], [%s, 20.0]]]}}
                """.formatted(level, id, id, parent == null ? "null" : "\"" + parent + "\"", west, east, east, west, west);
    }
}
