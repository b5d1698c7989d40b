package gridloop.feedback;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import gridloop.events.Actor;
import gridloop.events.AppealAssigned;
import gridloop.events.AppealSubmitted;
import gridloop.events.CloudEventHeaders;
import gridloop.events.GridUnit;
import gridloop.events.Location;
import gridloop.events.Topics;
import gridloop.testkit.Tokens;
import gridloop.testkit.GridLoopTestInfrastructure;
import gridloop.testkit.KafkaTestClient;
import gridloop.testkit.MovableClock;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.path.json.config.JsonPathConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(GridLoopTestInfrastructure.class)
class FeedbackFlowTest {

    @BeforeAll
    static void decimalsAsDoubles() {
        RestAssured.config = RestAssured.config().jsonConfig(
                JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE));
    }

    @Inject
    MovableClock clock;

    static KafkaTestClient kafka() {
        return GridLoopTestInfrastructure.current().kafka();
    }

    /**
     * Everything feedback has published once it is quiet: every record sent to it consumed and every outbox
     * row on the topic. What is not there then was never published.
     */
    static List<ConsumerRecord<String, byte[]>> publishedWhenQuiet(String topic) {
        GridLoopTestInfrastructure.current().awaitQuiet("feedback", Topics.APPEALS_SUBMITTED, Topics.APPEALS_DISPATCH);
        return kafka().readAll(topic);
    }

    /** Assignment first, submission second: feedback must end up knowing both. */
    static UUID knownAppealInGrid(String gridId, Instant submittedAt) {
        UUID id = UUID.randomUUID();
        kafka().sendEvent(new AppealAssigned(id, new GridUnit("biquan", "Biquan Street"),
                new GridUnit("hualong", "Hualong Community"), new GridUnit(gridId, "Grid " + gridId),
                "w-1", "Chen Li", null, submittedAt.plus(Duration.ofHours(4)), submittedAt.plus(Duration.ofHours(72)), Actor.system("test"),
                submittedAt.plusSeconds(1)));
        kafka().sendEvent(new AppealSubmitted(id, "BQ-1", "FACILITY_DAMAGE", "Broken table",
                new Location(29.597, 106.223, null), List.of(), "APP", ReporterPseudonym.resident(), Actor.system("test"), submittedAt));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).get("/api/v1/appeals/" + id + "/feedback")
                .then().statusCode(200).body("status", equalTo("ASSIGNED")).body("submittedAt", notNullValue()));
        return id;
    }

    @Test
    void closureRatingReopenAndCloseWalkTheLoop() {
        String grid = "g-" + UUID.randomUUID();
        Instant submittedAt = clock.instant();
        UUID id = knownAppealInGrid(grid, submittedAt);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().auth().oauth2(Tokens.of(Tokens.RESIDENT)).contentType(ContentType.JSON).body("{\"satisfaction\": 5, \"resolved\": true}")
                        .post("/api/v1/appeals/" + id + "/rating").then().statusCode(409));

        String closure = "{\"resolution\": \"Replaced the table top\", \"handledBy\": \"Chen Li\","
                + " \"mediaUrls\": [\"https://img.example.org/after.jpg\"]}";
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).contentType(ContentType.JSON).body(closure).post("/api/v1/appeals/" + id + "/closure")
                        .then().statusCode(200).body("status", equalTo("RESOLVED")).body("closureRound", equalTo(1))
                        // The handler is the caller, by the token's name: the body's handledBy is ignored.
                        .body("handledBy", org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.notNullValue(),
                                org.hamcrest.Matchers.not(equalTo("Chen Li")))));
        given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).contentType(ContentType.JSON).body(closure).post("/api/v1/appeals/" + id + "/closure")
                .then().statusCode(409).contentType("application/problem+json");

        given().auth().oauth2(Tokens.of(Tokens.RESIDENT)).contentType(ContentType.JSON).body("{\"satisfaction\": 2, \"resolved\": false, \"comment\": \"Still wobbly\"}")
                .post("/api/v1/appeals/" + id + "/rating").then().statusCode(200)
                .body("status", equalTo("REOPENED")).body("reopenCount", equalTo(1));
        given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).contentType(ContentType.JSON).body(closure).post("/api/v1/appeals/" + id + "/closure")
                .then().statusCode(200).body("closureRound", equalTo(2));
        given().auth().oauth2(Tokens.of(Tokens.RESIDENT)).contentType(ContentType.JSON).body("{\"satisfaction\": 4, \"resolved\": true}")
                .post("/api/v1/appeals/" + id + "/rating").then().statusCode(200).body("status", equalTo("CLOSED"));

        List<String> types = kafka().readUntil(Topics.APPEALS_FEEDBACK, Duration.ofSeconds(20),
                        list -> list.stream().filter(r -> id.toString().equals(r.key())).count() >= 6)
                .stream().filter(r -> id.toString().equals(r.key()))
                .map(r -> KafkaTestClient.header(r, CloudEventHeaders.TYPE)).toList();
        assertEquals(List.of("gridloop.appeal.resolved.v1", "gridloop.appeal.rated.v1", "gridloop.appeal.reopened.v1",
                "gridloop.appeal.resolved.v1", "gridloop.appeal.rated.v1", "gridloop.appeal.closed.v1"), types);

        given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).queryParam("level", "grid").queryParam("from", submittedAt.minusSeconds(60).toString())
                .queryParam("to", submittedAt.plusSeconds(3600).toString())
                .get("/api/v1/evaluations").then().statusCode(200)
                .body("level", equalTo("grid"))
                .body("items.findAll { it.unitId == '" + grid + "' }", hasSize(1))
                .body("items.find { it.unitId == '" + grid + "' }.received", equalTo(1))
                .body("items.find { it.unitId == '" + grid + "' }.closureRate", closeTo(1.0, 1e-9))
                .body("items.find { it.unitId == '" + grid + "' }.reopenRate", closeTo(1.0, 1e-9))
                .body("items.find { it.unitId == '" + grid + "' }.onTimeRate", closeTo(1.0, 1e-9))
                .body("items.find { it.unitId == '" + grid + "' }.meanSatisfaction", closeTo(3.0, 1e-9))
                .body("items.find { it.unitId == '" + grid + "' }.satisfiedRate", closeTo(0.5, 1e-9))
                .body("items.find { it.unitId == '" + grid + "' }.ratings", equalTo(2));
    }

    /** A phone that lost the answer sends the same request again with the same key: the first answer, once. */
    @Test
    void retriedClosureAndRatingWithAnIdempotencyKeyAnswerAsTheFirstTime() {
        UUID id = knownAppealInGrid("g-" + UUID.randomUUID(), clock.instant());
        String closure = "{\"resolution\": \"Replaced the table top\"}";
        String rating = "{\"satisfaction\": 4, \"resolved\": true}";
        String closureKey = UUID.randomUUID().toString();
        String ratingKey = UUID.randomUUID().toString();

        String firstClosure = given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).header("Idempotency-Key", closureKey).contentType(ContentType.JSON).body(closure)
                .post("/api/v1/appeals/" + id + "/closure").then().statusCode(200).extract().asString();
        given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).header("Idempotency-Key", closureKey).contentType(ContentType.JSON).body(closure)
                .post("/api/v1/appeals/" + id + "/closure").then().statusCode(200).body(equalTo(firstClosure));
        given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).header("Idempotency-Key", closureKey).contentType(ContentType.JSON).body("{\"resolution\": \"Other\"}")
                .post("/api/v1/appeals/" + id + "/closure").then().statusCode(422).contentType("application/problem+json");

        String firstRating = given().auth().oauth2(Tokens.of(Tokens.RESIDENT)).header("Idempotency-Key", ratingKey).contentType(ContentType.JSON).body(rating)
                .post("/api/v1/appeals/" + id + "/rating").then().statusCode(200).body("status", equalTo("CLOSED"))
                .extract().asString();
        given().auth().oauth2(Tokens.of(Tokens.RESIDENT)).header("Idempotency-Key", ratingKey).contentType(ContentType.JSON).body(rating)
                .post("/api/v1/appeals/" + id + "/rating").then().statusCode(200).body(equalTo(firstRating));
        // Without the key a second rating is what it is: a second rating, refused.
        given().auth().oauth2(Tokens.of(Tokens.RESIDENT)).contentType(ContentType.JSON).body(rating).post("/api/v1/appeals/" + id + "/rating")
                .then().statusCode(409);

        // Read once feedback is quiet, so a copy published behind them would show.
        List<String> types = publishedWhenQuiet(Topics.APPEALS_FEEDBACK).stream().filter(r -> id.toString().equals(r.key()))
                .map(r -> KafkaTestClient.header(r, CloudEventHeaders.TYPE)).toList();
        assertEquals(List.of("gridloop.appeal.resolved.v1", "gridloop.appeal.rated.v1", "gridloop.appeal.closed.v1"),
                types, "one closure and one rating published");
    }

    @Test
    void refusalsAreProblems() {
        given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).contentType(ContentType.JSON).body("{\"resolution\": \"done\"}")
                .post("/api/v1/appeals/" + UUID.randomUUID() + "/closure").then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.of(Tokens.RESIDENT)).contentType(ContentType.JSON).body("{\"satisfaction\": 9, \"resolved\": true}")
                .post("/api/v1/appeals/" + UUID.randomUUID() + "/rating").then().statusCode(400)
                .body("violations[0].field", equalTo("satisfaction"));
        given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).queryParam("level", "planet").queryParam("from", "2026-01-01T00:00:00Z")
                .queryParam("to", "2026-02-01T00:00:00Z").get("/api/v1/evaluations").then().statusCode(400);
    }
}
