package gridloop.systemtest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gridloop.testkit.Tokens;
import gridloop.events.CloudEventHeaders;
import gridloop.events.Topics;
import gridloop.testkit.KafkaTestClient;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Drives the loop through REST only, across three service processes, and reads what they published. */
class ClosedLoopSystemIT {

    private static final String PHONE = "13812345678";
    private static RunningSystem system;

    @BeforeAll
    static void startSystem() {
        system = RunningSystem.shared();
    }

    @Test
    void appealGoesFromSubmissionToClosedThroughAllThreeServices() {
        Instant before = Instant.now();
        String id = given().baseUri(system.intake.url()).auth().oauth2(system.token(Tokens.RESIDENT)).contentType(ContentType.JSON).body("""
                        {"category": "FACILITY_DAMAGE", "description": "The outdoor table-tennis table is broken",
                         "location": {"latitude": 29.597, "longitude": 106.223, "address": "Hualong Community"},
                         "reporter": {"name": "Wang Fang", "phone": "%s"}}
                        """.formatted(PHONE))
                .post("/api/v1/appeals").then().statusCode(202).extract().path("id");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().baseUri(system.intake.url()).auth().oauth2(system.token(Tokens.RESIDENT)).get("/api/v1/appeals/" + id).then().statusCode(200)
                        .body("status", equalTo("ASSIGNED"))
                        .body("grid.id", equalTo("hualong-g1")));

        given().baseUri(system.dispatch.url()).auth().oauth2(system.token(Tokens.OPERATOR)).post("/api/v1/tasks/" + id + "/accept").then().statusCode(200)
                .body("assigneeId", startsWith("w-hualong-g1-"));

        // Feedback learns of the acceptance through Kafka; until then a closure is refused or unknown.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().baseUri(system.feedback.url()).auth().oauth2(system.token(Tokens.OPERATOR)).contentType(ContentType.JSON)
                        .body("{\"resolution\": \"Replaced the table top\", \"handledBy\": \"grid worker\"}")
                        .post("/api/v1/appeals/" + id + "/closure").then().statusCode(200));
        // Feedback knows the reporter (a pseudonym) from intake's submitted event, on a topic of its own that may
        // trail dispatch's: until then the reporter's rating is refused as unknown (404), and changes nothing.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().baseUri(system.feedback.url()).auth().oauth2(system.token(Tokens.RESIDENT)).contentType(ContentType.JSON)
                        .body("{\"satisfaction\": 5, \"resolved\": true, \"comment\": \"Fixed within a day\"}")
                        .post("/api/v1/appeals/" + id + "/rating").then().statusCode(200).body("status", equalTo("CLOSED")));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().baseUri(system.intake.url()).auth().oauth2(system.token(Tokens.RESIDENT)).get("/api/v1/appeals/" + id).then().statusCode(200)
                        .body("status", equalTo("CLOSED"))
                        .body("timeline.type", hasItems("gridloop.appeal.submitted.v1", "gridloop.appeal.assigned.v1",
                                "gridloop.appeal.accepted.v1", "gridloop.appeal.resolved.v1",
                                "gridloop.appeal.rated.v1", "gridloop.appeal.closed.v1")));

        // The evaluation of its grid for a period around the submission counts it: received, closed, rated 5.
        Instant after = Instant.now();
        String unit = "items.find { it.unitId == 'hualong-g1' }.";
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().baseUri(system.feedback.url()).auth().oauth2(system.token(Tokens.OPERATOR))
                .queryParam("level", "grid").queryParam("from", before.toString()).queryParam("to", after.toString())
                .get("/api/v1/evaluations").then().statusCode(200)
                .body(unit + "received", equalTo(1)).body(unit + "closed", equalTo(1))
                .body(unit + "ratings", equalTo(1)).body(unit + "meanSatisfaction", equalTo(5.0f)));

        assertTopic(Topics.APPEALS_SUBMITTED, id, 1);
        assertTopic(Topics.APPEALS_DISPATCH, id, 2);
        assertTopic(Topics.APPEALS_FEEDBACK, id, 3);
    }

    /**
     * Whistle-blowing and report-in across the three services: the grid worker escalates to the housing
     * department, its staff report in, the resident's timeline says so, and the department's closure and the
     * resident's rating close the appeal.
     */
    @Test
    void theDepartmentReportsInAndClosesAnEscalatedAppeal() {
        String id = given().baseUri(system.intake.url()).auth().oauth2(system.token(Tokens.RESIDENT)).contentType(ContentType.JSON)
                .body("""
                        {"category": "FACILITY_DAMAGE", "description": "Cracks across the stairwell wall",
                         "location": {"latitude": 29.597, "longitude": 106.223, "address": "Hualong Community"}}
                        """)
                .post("/api/v1/appeals").then().statusCode(202).extract().path("id");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().baseUri(system.intake.url()).auth().oauth2(system.token(Tokens.RESIDENT)).get("/api/v1/appeals/" + id)
                        .then().statusCode(200).body("status", equalTo("ASSIGNED")));
        given().baseUri(system.dispatch.url()).auth().oauth2(system.token(Tokens.OPERATOR)).contentType(ContentType.JSON)
                .body("{\"department\": \"HOUSING\", \"reason\": \"Structural: the housing office\"}")
                .post("/api/v1/tasks/" + id + "/escalate").then().statusCode(200);
        given().baseUri(system.dispatch.url()).auth().oauth2(system.token(Tokens.HOUSING))
                .post("/api/v1/tasks/" + id + "/report-in").then().statusCode(200).body("reportedInAt", notNullValue());

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().baseUri(system.intake.url()).auth().oauth2(system.token(Tokens.RESIDENT)).get("/api/v1/appeals/" + id)
                        .then().statusCode(200).body("status", equalTo("ESCALATED"))
                        .body("timeline.type", hasItems("gridloop.appeal.escalated.v1", "gridloop.appeal.reported-in.v1"))
                        .body("timeline.find { it.type == 'gridloop.appeal.reported-in.v1' }.text",
                                startsWith("璧山区住房和城乡建委已于")));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().baseUri(system.feedback.url()).auth().oauth2(system.token(Tokens.HOUSING)).contentType(ContentType.JSON)
                        .body("{\"resolution\": \"Wall tied and replastered\"}")
                        .post("/api/v1/appeals/" + id + "/closure").then().statusCode(200));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().baseUri(system.feedback.url()).auth().oauth2(system.token(Tokens.RESIDENT)).contentType(ContentType.JSON)
                        .body("{\"satisfaction\": 4, \"resolved\": true}")
                        .post("/api/v1/appeals/" + id + "/rating").then().statusCode(200).body("status", equalTo("CLOSED")));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().baseUri(system.intake.url()).auth().oauth2(system.token(Tokens.RESIDENT)).get("/api/v1/appeals/" + id)
                        .then().statusCode(200).body("status", equalTo("CLOSED")));
    }

    /** Every event of the appeal is a binary-mode CloudEvent keyed by the appeal, with no reporter data. */
    private static void assertTopic(String topic, String appealId, int expected) {
        KafkaTestClient kafka = system.kafka();
        List<ConsumerRecord<String, byte[]>> records = kafka.readUntil(topic, Duration.ofSeconds(20),
                list -> list.stream().filter(r -> appealId.equals(r.key())).count() >= expected).stream()
                .filter(r -> appealId.equals(r.key())).toList();
        assertEquals(expected, records.size(), topic);
        for (ConsumerRecord<String, byte[]> record : records) {
            for (String header : List.of(CloudEventHeaders.ID, CloudEventHeaders.SOURCE, CloudEventHeaders.TYPE,
                    CloudEventHeaders.TIME, CloudEventHeaders.CONTENT_TYPE)) {
                assertNotNull(KafkaTestClient.header(record, header), topic + " lacks " + header);
            }
            assertEquals("1.0", KafkaTestClient.header(record, CloudEventHeaders.SPEC_VERSION));
            assertEquals(appealId, KafkaTestClient.header(record, CloudEventHeaders.SUBJECT));
            assertTrue(KafkaTestClient.header(record, CloudEventHeaders.TYPE).startsWith("gridloop.appeal."));
            String payload = new String(record.value(), StandardCharsets.UTF_8);
            assertFalse(payload.contains(PHONE), topic + " carries the reporter's phone: " + payload);
            assertFalse(payload.contains("Wang Fang"), topic + " carries the reporter's name: " + payload);
        }
    }
}
