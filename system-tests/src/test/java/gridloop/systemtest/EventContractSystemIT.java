package gridloop.systemtest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import gridloop.testkit.Tokens;
import gridloop.events.CloudEventHeaders;
import gridloop.events.Topics;
import gridloop.testkit.EventContract;
import gridloop.testkit.KafkaTestClient;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the running services really publish keeps the AsyncAPI document of shared-events: the appeals here take
 * the paths the other system tests do not (reopen, escalation, reassignment, withdrawal, rejection), then every
 * record on every topic, theirs and the other tests', is validated. Overdue events and evaluation snapshots need
 * a moved clock: dispatch's SlaClockTest and feedback's SnapshotPublisherTest validate those.
 */
class EventContractSystemIT {

    /** The key prefix of every record the system tests put on a topic on purpose to be refused. */
    static final String POISON_KEY_PREFIX = "poison-";
    private static final String INSIDE = "{\"latitude\": 29.597, \"longitude\": 106.223}";
    private static final String OUTSIDE = "{\"latitude\": 0.5, \"longitude\": 0.5}";
    private static final Set<String> SERVICE_SOURCES = Set.of(Topics.source("intake"), Topics.source("dispatch"),
            Topics.source("feedback"));
    private static final java.util.regex.Pattern ACTOR =
            java.util.regex.Pattern.compile("\"actor\":\\{\"role\":\"[a-z-]+\",\"id\":\"[^\"]+\"}");
    private static RunningSystem system;

    @BeforeAll
    static void startSystem() {
        system = RunningSystem.shared();
    }

    @Test
    void everyEventOnEveryTopicKeepsTheContract() {
        String reopened = submit(INSIDE);
        String escalated = submit(INSIDE);
        String reassigned = submit(INSIDE);
        String withdrawn = submit(INSIDE);
        String rejected = submit(OUTSIDE);

        awaitStatus(reopened, "ASSIGNED");
        given().baseUri(system.dispatch.url()).auth().oauth2(system.token(Tokens.OPERATOR)).post("/api/v1/tasks/" + reopened + "/accept").then().statusCode(200);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> post(system.feedback.url(),
                "/api/v1/appeals/" + reopened + "/closure", "{\"resolution\": \"Patched it\"}").then().statusCode(200));
        post(system.feedback.url(), "/api/v1/appeals/" + reopened + "/rating",
                "{\"satisfaction\": 2, \"resolved\": false}").then().statusCode(200);

        awaitStatus(escalated, "ASSIGNED");
        post(system.dispatch.url(), "/api/v1/tasks/" + escalated + "/escalate",
                "{\"department\": \"HOUSING\", \"reason\": \"Needs the housing office\"}").then().statusCode(200);
        awaitStatus(reassigned, "ASSIGNED");
        post(system.dispatch.url(), "/api/v1/tasks/" + reassigned + "/reassign",
                "{\"gridId\": \"hualong-g2\", \"reason\": \"Belongs to the next grid\"}").then().statusCode(200);
        given().baseUri(system.intake.url()).auth().oauth2(system.token(Tokens.OTHER_RESIDENT))
                .post("/api/v1/appeals/" + reassigned + "/supporters").then().statusCode(200);
        post(system.intake.url(), "/api/v1/appeals/" + withdrawn + "/withdraw", "").then().statusCode(200);
        awaitStatus(rejected, "REJECTED");

        Set<String> expected = Set.of("gridloop.appeal.submitted.v1", "gridloop.appeal.withdrawn.v1",
                "gridloop.appeal.assigned.v1", "gridloop.appeal.accepted.v1", "gridloop.appeal.escalated.v1",
                "gridloop.appeal.reassigned.v1", "gridloop.appeal.rejected.v1", "gridloop.appeal.resolved.v1",
                "gridloop.appeal.rated.v1", "gridloop.appeal.reopened.v1", "gridloop.appeal.supported.v1");
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            records.clear();
            for (String topic : List.of(Topics.APPEALS_SUBMITTED, Topics.APPEALS_DISPATCH, Topics.APPEALS_FEEDBACK,
                    Topics.EVALUATIONS)) {
                records.addAll(system.kafka().readAll(topic));
            }
            return typesOf(records, Set.of(reopened, escalated, reassigned, withdrawn, rejected)).containsAll(expected);
        });

        EventContract contract = EventContract.load();
        Map<String, List<String>> violations = new TreeMap<>();
        // What the services published; other tests of the module put poison on the topics on purpose, in the
        // producer's name (so that it is refused as unreadable, not as untrusted) and keyed "poison-…".
        List<ConsumerRecord<String, byte[]>> published = records.stream()
                .filter(record -> SERVICE_SOURCES.contains(
                        String.valueOf(KafkaTestClient.header(record, CloudEventHeaders.SOURCE))))
                .filter(record -> record.key() == null || !record.key().startsWith(POISON_KEY_PREFIX))
                .toList();
        for (ConsumerRecord<String, byte[]> record : published) {
            List<String> problems = contract.violations(record);
            if (!problems.isEmpty()) {
                violations.putIfAbsent(KafkaTestClient.header(record, CloudEventHeaders.TYPE), problems);
            }
        }
        assertEquals(Map.of(), violations, "events that break the contract (first of each type), of "
                + published.size() + " published");

        // Who did it is recorded on every appeal event, and no contact data travels.
        List<String> withoutActor = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : published) {
            String type = KafkaTestClient.header(record, CloudEventHeaders.TYPE);
            String json = new String(record.value(), java.nio.charset.StandardCharsets.UTF_8);
            if (type.startsWith("gridloop.appeal.") && !ACTOR.matcher(json).find()) {
                withoutActor.add(type + " " + json);
            }
            assertFalse(json.contains("13800000000") || json.contains("phone"), type + " carries contact data: " + json);
        }
        assertEquals(List.of(), withoutActor, "appeal events without an actor");
    }

    private static Set<String> typesOf(List<ConsumerRecord<String, byte[]>> records, Set<String> appeals) {
        return records.stream().filter(record -> appeals.contains(record.key()))
                .map(record -> KafkaTestClient.header(record, CloudEventHeaders.TYPE)).collect(Collectors.toSet());
    }

    private static String submit(String location) {
        return post(system.intake.url(), "/api/v1/appeals", """
                {"category": "FACILITY_DAMAGE", "description": "Broken bench", "location": %s}
                """.formatted(location)).then().statusCode(202).extract().path("id");
    }

    private static void awaitStatus(String appealId, String status) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().baseUri(system.intake.url()).auth().oauth2(system.token(Tokens.RESIDENT))
                .get("/api/v1/appeals/" + appealId).then().statusCode(200).body("status", equalTo(status)));
    }

    /** A POST by the user who makes it for real: the resident submits, withdraws and rates; operators the rest. */
    private static io.restassured.response.Response post(String baseUri, String path, String body) {
        boolean residents = path.equals("/api/v1/appeals") || path.endsWith("/withdraw") || path.endsWith("/rating");
        var request = given().baseUri(baseUri).auth().oauth2(system.token(residents ? Tokens.RESIDENT : Tokens.OPERATOR));
        if (!body.isEmpty()) {
            request = request.contentType(ContentType.JSON).body(body);
        }
        return request.post(path);
    }
}
