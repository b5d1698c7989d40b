package gridloop.systemtest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import gridloop.events.AppealRated;
import gridloop.events.CloudEventHeaders;
import gridloop.events.EventCodec;
import gridloop.events.Topics;
import gridloop.testkit.KafkaTestClient;
import gridloop.testkit.Tokens;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The return visit across the services: a caller who reported by phone is in the hotline's queue as soon as the worker
 * reports the fix; the agent reaches them and records their verdict, which feedback takes as a rating given on their
 * behalf (source CALLBACK, the agent the actor), and the appeal closes and leaves the queue.
 */
class ReturnVisitSystemIT {

    private static RunningSystem system;

    @BeforeAll
    static void startSystem() {
        system = RunningSystem.shared();
    }

    @Test
    void aReachedCallersVerdictClosesTheAppealAsTheirRatingByTheAgent() {
        String phone = String.format("135%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        String id = given().baseUri(system.intake.url()).auth().oauth2(system.token(Tokens.HOTLINE))
                .contentType(ContentType.JSON).body("""
                        {"category": "FACILITY_DAMAGE", "description": "Street lamp out on Hualong Road",
                         "location": {"latitude": 29.597, "longitude": 106.223},
                         "reporter": {"name": "Li Ming", "phone": "%s"}, "channel": "HOTLINE"}""".formatted(phone))
                .post("/api/v1/appeals").then().statusCode(202).extract().path("id");
        String worker = Handling.assignee(system, id);
        Handling.close(system, worker, id, "{\"resolution\": \"Replaced the lamp\"}");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().baseUri(system.intake.url())
                .auth().oauth2(system.token(Tokens.HOTLINE)).get("/api/v1/callbacks?size=200").then().statusCode(200)
                .body("items.find { it.appealId == '" + id + "' }.reporterPhone", equalTo(phone)));
        given().baseUri(system.intake.url()).auth().oauth2(system.token(Tokens.HOTLINE)).contentType(ContentType.JSON)
                .body("{\"outcome\": \"REACHED\", \"satisfaction\": 4, \"resolved\": true, \"comment\": \"Lamp works\"}")
                .post("/api/v1/callbacks/" + id + "/calls").then().statusCode(200).body("inQueue", equalTo(false));

        given().baseUri(system.feedback.url()).auth().oauth2(system.token(Tokens.OPERATOR))
                .get("/api/v1/appeals/" + id + "/feedback").then().statusCode(200).body("status", equalTo("CLOSED"));
        given().baseUri(system.intake.url()).auth().oauth2(system.token(Tokens.HOTLINE))
                .get("/api/v1/callbacks?size=200").then().body("items.appealId", not(hasItem(id)));
        List<AppealRated> rated = system.kafka().readUntil(Topics.APPEALS_FEEDBACK, Duration.ofSeconds(20),
                        records -> records.stream().anyMatch(r -> id.equals(r.key())
                                && "gridloop.appeal.rated.v1".equals(KafkaTestClient.header(r, CloudEventHeaders.TYPE))))
                .stream().filter(r -> id.equals(r.key()))
                .filter(r -> "gridloop.appeal.rated.v1".equals(KafkaTestClient.header(r, CloudEventHeaders.TYPE)))
                .map(r -> (AppealRated) EventCodec.decode("gridloop.appeal.rated.v1", r.value())).toList();
        assertEquals(1, rated.size());
        assertEquals(AppealRated.CALLBACK, rated.get(0).source());
        assertEquals("hotline", rated.get(0).actor().role());
        assertEquals(4, rated.get(0).satisfaction());
    }
}
