package gridloop.feedback;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import gridloop.events.CloudEventHeaders;
import gridloop.events.Topics;
import gridloop.testkit.Tokens;
import gridloop.testkit.GridLoopTestInfrastructure;
import gridloop.testkit.KafkaTestClient;
import gridloop.feedback.closure.AutoClose;
import gridloop.testkit.MovableClock;
import io.quarkus.vertx.VertxContextSupport;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A resolved appeal nobody rates is closed by TIMEOUT after 7 days, once, and counts as unrated. */
@QuarkusTest
@QuarkusTestResource(GridLoopTestInfrastructure.class)
class AutoCloseTest {

    private static final String CLOSURE = "{\"resolution\": \"Cleared the drain\", \"handledBy\": \"Chen Li\"}";

    @Inject
    MovableClock clock;

    @Inject
    AutoClose autoClose;

    @BeforeAll
    static void decimalsAsDoubles() {
        FeedbackFlowTest.decimalsAsDoubles();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anUnratedAppealClosesByTimeoutAfterSevenDaysAndAYoungerOneWaits() {
        String grid = "g-" + UUID.randomUUID();
        UUID old = FeedbackFlowTest.knownAppealInGrid(grid, clock.instant());
        UUID young = FeedbackFlowTest.knownAppealInGrid(grid, clock.instant());
        reportClosure(old);

        clock.advance(Duration.ofDays(6));
        reportClosure(young);
        given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).get(feedback(old)).then().body("status", equalTo("RESOLVED"));

        clock.advance(Duration.ofDays(1).plusMinutes(1));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).get(feedback(old)).then()
                .statusCode(200).body("status", equalTo("CLOSED")).body("closedBy", equalTo("TIMEOUT")));
        // Two more checks (besides the scheduler's): the younger one (1 day since its closure) still waits.
        closeUnratedNow();
        closeUnratedNow();
        given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).get(feedback(young)).then().body("status", equalTo("RESOLVED"));

        // Too late to rate the closed one; the closure was announced once, as TIMEOUT.
        given().auth().oauth2(Tokens.of(Tokens.RESIDENT)).contentType(ContentType.JSON).body("{\"satisfaction\": 5, \"resolved\": true}")
                .post("/api/v1/appeals/" + old + "/rating").then().statusCode(409);
        assertEquals(List.of("{\"closedBy\":\"TIMEOUT\"}"), closedEvents(old));
        // Closed but unrated: it is in `closed`, not in `ratings` or the satisfaction figures.
        given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).queryParam("level", "grid").queryParam("from", "2000-01-01T00:00:00Z")
                .queryParam("to", "2100-01-01T00:00:00Z").get("/api/v1/evaluations").then().statusCode(200)
                .body("items.find { it.unitId == '" + grid + "' }.received", equalTo(2))
                .body("items.find { it.unitId == '" + grid + "' }.closed", equalTo(1))
                .body("items.find { it.unitId == '" + grid + "' }.ratings", equalTo(0))
                .body("items.find { it.unitId == '" + grid + "' }.meanSatisfaction", equalTo(null));
    }

    /** One check as the scheduler runs it, on a Vert.x context of its own. */
    private void closeUnratedNow() {
        try {
            VertxContextSupport.subscribeAndAwait(() -> autoClose.closeUnrated());
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private static void reportClosure(UUID id) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).contentType(ContentType.JSON)
                .body(CLOSURE).post("/api/v1/appeals/" + id + "/closure").then().statusCode(200));
    }

    private static String feedback(UUID id) {
        return "/api/v1/appeals/" + id + "/feedback";
    }

    /** The closedBy of each closed event published for the appeal. */
    private static List<String> closedEvents(UUID id) {
        return FeedbackFlowTest.publishedWhenQuiet(Topics.APPEALS_FEEDBACK).stream()
                .filter(r -> id.toString().equals(r.key()))
                .filter(r -> "gridloop.appeal.closed.v1".equals(KafkaTestClient.header(r, CloudEventHeaders.TYPE)))
                .map(r -> new String(r.value(), StandardCharsets.UTF_8).replaceAll(".*(\"closedBy\":\"[A-Z]+\").*", "{$1}"))
                .toList();
    }
}
