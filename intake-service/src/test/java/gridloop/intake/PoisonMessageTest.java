package gridloop.intake;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gridloop.events.Actor;
import gridloop.events.AppealAccepted;
import gridloop.events.CloudEventHeaders;
import gridloop.events.Topics;
import gridloop.testkit.Tokens;
import gridloop.testkit.GridLoopTestInfrastructure;
import gridloop.testkit.KafkaTestClient;
import gridloop.testkit.MovableClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** A message nobody can read goes to the dead-letter topic with a reason; the good one behind it is applied. */
@QuarkusTest
class PoisonMessageTest {

    @Inject
    MovableClock clock;

    @Test
    void unreadableMessagesAreDeadLetteredAndDoNotBlockThePartition() {
        String id = given().auth().oauth2(Tokens.of(Tokens.RESIDENT)).contentType(ContentType.JSON).body(AppealApiTest.appealJson("\"Leaking pipe\"", "13700000002"))
                .post("/api/v1/appeals").then().statusCode(202).extract().path("id");
        KafkaTestClient kafka = GridLoopTestInfrastructure.current().kafka();
        String poisonId = UUID.randomUUID().toString();
        // Same key, so same partition: the poison stands right in front of the good event.
        kafka.send(Topics.APPEALS_DISPATCH, id, "not json at all".getBytes(StandardCharsets.UTF_8), Map.of(
                CloudEventHeaders.ID, poisonId, CloudEventHeaders.TYPE, "gridloop.appeal.accepted.v1",
                CloudEventHeaders.SOURCE, Topics.producerSource(Topics.APPEALS_DISPATCH)));
        kafka.send(Topics.APPEALS_DISPATCH, id, "{}".getBytes(StandardCharsets.UTF_8), Map.of(
                CloudEventHeaders.ID, UUID.randomUUID().toString(), CloudEventHeaders.TYPE, "gridloop.appeal.teleported.v9",
                CloudEventHeaders.SOURCE, Topics.producerSource(Topics.APPEALS_DISPATCH)));
        kafka.sendEvent(new AppealAccepted(UUID.fromString(id), "w-1", Actor.system("test"), clock.instant()));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(Tokens.of(Tokens.RESIDENT)).get("/api/v1/appeals/" + id).then().statusCode(200).body("status", equalTo("ACCEPTED")));

        List<ConsumerRecord<String, byte[]>> dead = kafka.readUntil(Topics.deadLetter(Topics.APPEALS_DISPATCH),
                Duration.ofSeconds(30), list -> list.stream().filter(r -> id.equals(r.key())).count() >= 2)
                .stream().filter(r -> id.equals(r.key())).toList();
        assertTrue(dead.size() >= 2, "both unreadable messages are in the DLQ: " + dead.size());
        for (ConsumerRecord<String, byte[]> record : dead) {
            assertNotNull(KafkaTestClient.header(record, "dead-letter-reason"), "the DLQ record says why");
        }
    }
}
