package gridloop.systemtest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gridloop.testkit.Tokens;
import gridloop.events.Topics;
import gridloop.testkit.KafkaTestClient;
import gridloop.testkit.PrometheusScrape;
import gridloop.localstack.ServiceProcess;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What an operator sees of the three running services: readiness that follows the broker without a restart,
 * business metrics at /q/metrics, JSON log lines and one trace across the services once an appeal went round
 * the loop.
 */
class OperatorViewSystemIT {

    private static final String READINESS_CHECKS = "checks.name";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static RunningSystem system;

    @BeforeAll
    static void startSystem() {
        system = RunningSystem.shared();
    }

    @Test
    void readinessGoesDownWithinSecondsOfTheBrokerStoppingAndUpWhenItIsBack() {
        for (ServiceProcess service : services()) {
            given().baseUri(service.managementUrl()).get("/q/health/ready").then().statusCode(200)
                    .body(READINESS_CHECKS, hasItems("Kafka broker", "Outbox backlog",
                            "Reactive PostgreSQL connections health check"));
        }
        system.broker.stop();
        try {
            for (ServiceProcess service : services()) {
                await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().baseUri(service.managementUrl())
                        .get("/q/health/ready").then().statusCode(503)
                        .body("checks.find { it.name == 'Kafka broker' }.status", equalTo("DOWN")));
                given().baseUri(service.managementUrl()).get("/q/health/live").then().statusCode(200);
            }
        } finally {
            system.broker.start();
        }
        for (ServiceProcess service : services()) {
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().baseUri(service.managementUrl())
                    .get("/q/health/ready").then().statusCode(200));
        }
    }

    @Test
    void anAppealRoundTheLoopShowsInMetricsLogsAndOneTrace() {
        String category = "GREENING";
        String id = given().baseUri(system.intake.url()).auth().oauth2(system.token(Tokens.RESIDENT)).contentType(ContentType.JSON).body("""
                        {"category": "%s", "description": "Dead tree by the crossing",
                         "location": {"latitude": 29.597, "longitude": 106.223}}
                        """.formatted(category))
                .post("/api/v1/appeals").then().statusCode(202).extract().path("id");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().baseUri(system.intake.url()).auth().oauth2(system.token(Tokens.RESIDENT))
                .get("/api/v1/appeals/" + id).then().body("status", equalTo("ASSIGNED")));
        given().baseUri(system.dispatch.url()).auth().oauth2(system.token(Tokens.OPERATOR)).post("/api/v1/tasks/" + id + "/accept").then().statusCode(200);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().baseUri(system.feedback.url()).auth().oauth2(system.token(Tokens.OPERATOR))
                .contentType(ContentType.JSON).body("{\"resolution\": \"Tree removed\"}")
                .post("/api/v1/appeals/" + id + "/closure").then().statusCode(200));
        given().baseUri(system.feedback.url()).auth().oauth2(system.token(Tokens.RESIDENT)).contentType(ContentType.JSON)
                .body("{\"satisfaction\": 4, \"resolved\": true}")
                .post("/api/v1/appeals/" + id + "/rating").then().statusCode(200);
        // A record nobody can read, for the dead-letter counters of dispatch and feedback.
        system.kafka().send(Topics.APPEALS_SUBMITTED, EventContractSystemIT.POISON_KEY_PREFIX + "metrics-" + id, "not json".getBytes(StandardCharsets.UTF_8),
                Map.of("ce_id", "poison-" + id, "ce_type", "gridloop.appeal.submitted.v1",
                        "ce_source", Topics.producerSource(Topics.APPEALS_SUBMITTED)));

        Map<String, String> ofCategory = Map.of("category", category);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            PrometheusScrape intake = scrape(system.intake);
            PrometheusScrape dispatch = scrape(system.dispatch);
            PrometheusScrape feedback = scrape(system.feedback);
            assertTrue(intake.sum("gridloop_appeals_total", with(ofCategory, "submitted")) >= 1, "submitted");
            assertTrue(dispatch.sum("gridloop_appeals_total", with(ofCategory, "assigned")) >= 1, "assigned");
            assertTrue(dispatch.sum("gridloop_appeals_total", with(ofCategory, "accepted")) >= 1, "accepted");
            assertTrue(feedback.sum("gridloop_appeals_total", with(ofCategory, "resolved")) >= 1, "resolved");
            assertTrue(feedback.sum("gridloop_appeals_total", with(ofCategory, "closed")) >= 1, "closed");
            assertTrue(dispatch.sum("gridloop_appeal_submit_to_assigned_seconds_count", Map.of()) >= 1,
                    "submit-to-assigned histogram");
            assertTrue(dispatch.has("gridloop_appeal_submit_to_assigned_seconds_bucket"), "its buckets");
            assertTrue(feedback.sum("gridloop_appeal_submit_to_closed_seconds_count", Map.of()) >= 1,
                    "submit-to-closed histogram");
            for (PrometheusScrape consumer : List.of(dispatch, feedback)) {
                assertTrue(consumer.sum("gridloop_events_dead_lettered_total",
                        Map.of("topic", Topics.APPEALS_SUBMITTED)) >= 1, "dead-lettered");
                assertTrue(consumer.has("kafka_consumer_fetch_manager_records_lag_max"), "consumer lag");
            }
            for (PrometheusScrape service : List.of(intake, dispatch, feedback)) {
                assertTrue(service.has("gridloop_outbox_unsent"), "outbox backlog gauge");
                assertTrue(service.has("gridloop_outbox_oldest_age_seconds"), "oldest unsent age gauge");
            }
            assertTrue(dispatch.has("gridloop_appeals_overdue_open"), "overdue open appeals gauge");
        });

        // The services run in the prod profile here: JSON logs, one line per event handled, with its fields.
        List<JsonNode> handled = new ArrayList<>();
        Map<String, String> traceOfSubmissionBy = new TreeMap<>();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            handled.clear();
            for (String line : Files.readAllLines(RunningSystem.SERVICE_LOG, StandardCharsets.UTF_8)) {
                int json = line.indexOf("| {");
                if (json > 0 && line.contains(id)) {
                    JsonNode entry = JSON.readTree(line.substring(json + 2));
                    if (id.equals(entry.path("mdc").path("appealId").asText())) {
                        handled.add(entry);
                        String message = entry.path("message").asText();
                        // Applied, not "skipped duplicate": a redelivery (after a rebalance) is skipped and says so.
                        if (message.split(" ")[1].equals("applied")
                                && (message.contains("appeal.submitted.v1") || message.contains("appeal.assigned.v1"))) {
                            traceOfSubmissionBy.put(line.substring(0, json).trim() + " " + message.split(" ")[0]
                                    + " " + message.split(" ")[2], entry.path("mdc").path("traceId").asText());
                        }
                    }
                }
            }
            // dispatch, feedback, the command centre and the registry applied submitted; intake, feedback, the
            // command centre and the registry applied assigned.
            assertEquals(8, traceOfSubmissionBy.size(), traceOfSubmissionBy.toString());
            // dispatch and feedback applied submitted, intake and feedback applied assigned, and so on.
            assertTrue(handled.size() >= 6, "event lines of the appeal: " + handled.size());
        });
        for (JsonNode entry : handled) {
            assertTrue(entry.path("mdc").path("ceId").asText().matches("[0-9a-f-]{36}"), entry.toString());
            assertTrue(entry.path("message").asText().contains("ce_id="), entry.toString());
        }

        // Tracing: the resident's POST to intake starts a trace; its traceparent travels with the submitted event
        // (through intake's outbox), dispatch's assignment made under it carries it on, so the handling of
        // both events in all four services is one trace.
        String submittedTraceparent = system.kafka().readUntil(Topics.APPEALS_SUBMITTED, Duration.ofSeconds(20),
                        list -> list.stream().anyMatch(r -> id.equals(r.key()))).stream()
                .filter(r -> id.equals(r.key())).findFirst()
                .map(r -> KafkaTestClient.header(r, "traceparent")).orElse(null);
        assertNotNull(submittedTraceparent, "the submitted event carries a traceparent header");
        String trace = submittedTraceparent.split("-")[1];
        assertEquals(Set.of(trace), Set.copyOf(traceOfSubmissionBy.values()),
                "one trace across the services: " + traceOfSubmissionBy);
    }

    private static Map<String, String> with(Map<String, String> labels, String event) {
        Map<String, String> all = new java.util.HashMap<>(labels);
        all.put("event", event);
        return all;
    }

    private static PrometheusScrape scrape(ServiceProcess service) {
        return new PrometheusScrape(given().baseUri(service.managementUrl()).get("/q/metrics").then().statusCode(200)
                .extract().asString());
    }

    private static List<ServiceProcess> services() {
        return List.of(system.intake, system.dispatch, system.feedback);
    }
}
