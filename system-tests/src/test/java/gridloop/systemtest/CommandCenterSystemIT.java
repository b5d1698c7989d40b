package gridloop.systemtest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gridloop.testkit.Tokens;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The command centre against the real services on the secured broker: the map it shows is the one dispatch put
 * in force (over gridloop.grid-maps), and an appeal a resident submits to intake appears on its map, in its
 * counters and on its live feed as dispatch assigns it, from the topics alone.
 */
class CommandCenterSystemIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static RunningSystem system;

    @BeforeAll
    static void startSystem() {
        system = RunningSystem.shared();
    }

    @Test
    void anAppealSubmittedToIntakeShowsOnTheCommandCentreLive() throws Exception {
        // The shipped map of dispatch, over the compacted topic: Biquan Street and its 39 units.
        await().atMost(WAIT).untilAsserted(() -> as(Tokens.OPERATOR).get("/api/v1/map/units").then().statusCode(200)
                .body("features.size()", equalTo(40))
                .body("features.find { it.id == 'hualong-g1' }.properties.parent", equalTo("hualong")));
        system.awaitQuiet();
        int openBefore = as(Tokens.OPERATOR).get("/api/v1/counters").then().statusCode(200).extract().path("open");

        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<java.io.InputStream> feed = http.send(HttpRequest.newBuilder(
                        URI.create(system.commandCenter.url() + "/api/v1/feed"))
                .header("Authorization", "Bearer " + system.token(Tokens.OPERATOR))
                .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, feed.statusCode());
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(feed.body(), StandardCharsets.UTF_8))) {
            String id = given().baseUri(system.intake.url()).auth().oauth2(system.token(Tokens.RESIDENT))
                    .contentType(ContentType.JSON).body("""
                            {"category": "FACILITY_DAMAGE", "description": "Swing chain snapped",
                             "location": {"latitude": 29.5972, "longitude": 106.2231, "address": "Hualong playground"}}
                            """)
                    .post("/api/v1/appeals").then().statusCode(202).extract().path("id");

            List<String> types = feedTypesOf(lines, id, 2);
            assertTrue(types.containsAll(List.of("gridloop.appeal.submitted.v1", "gridloop.appeal.assigned.v1")),
                    types.toString());
            await().atMost(WAIT).untilAsserted(() -> as(Tokens.OPERATOR).queryParam("west", 106.22)
                    .queryParam("south", 29.59).queryParam("east", 106.23).queryParam("north", 29.60)
                    .queryParam("grid", "hualong-g1").get("/api/v1/map/appeals").then().statusCode(200)
                    .body("markers.appealId", hasItem(id))
                    .body("markers.find { it.appealId == '" + id + "' }.status", equalTo("ASSIGNED")));
            as(Tokens.OPERATOR).get("/api/v1/appeals/" + id).then().statusCode(200)
                    .body("appeal.gridId", equalTo("hualong-g1")).body("appeal.assigneeName", notNullValue());
            system.awaitQuiet();
            as(Tokens.OPERATOR).get("/api/v1/counters").then().body("open", equalTo(openBefore + 1));
        } finally {
            feed.body().close();
        }
        as("w-hualong-g1-1").get("/api/v1/map/units").then().statusCode(403);
    }

    /** The ce_types of the appeal's events read off the stream, until {@code count} of them, within 30 s. */
    private static List<String> feedTypesOf(BufferedReader lines, String appealId, int count) throws Exception {
        List<String> types = new ArrayList<>();
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (types.size() < count && System.nanoTime() < deadline) {
            String line = CompletableFuture.supplyAsync(() -> {
                try {
                    return lines.readLine();
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (line == null) {
                break;
            }
            if (line.startsWith("data:") && line.contains("\"appealId\":\"" + appealId + "\"")) {
                int at = line.indexOf("\"type\":\"") + 8;
                types.add(line.substring(at, line.indexOf('"', at)));
            }
        }
        return types;
    }

    private static RequestSpecification as(String user) {
        return given().baseUri(system.commandCenter.url()).auth().oauth2(system.token(user));
    }
}
