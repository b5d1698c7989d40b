package gridloop.dispatch;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gridloop.events.Actor;
import gridloop.events.AppealClosed;
import gridloop.events.AppealSubmitted;
import gridloop.events.AppealWithdrawn;
import gridloop.events.CloudEventHeaders;
import gridloop.events.EventCodec;
import gridloop.events.EventType;
import gridloop.events.GridLoopEvent;
import gridloop.events.Topics;
import gridloop.testkit.GridLoopTestInfrastructure;
import gridloop.testkit.KafkaTestClient;
import gridloop.testkit.MovableClock;
import gridloop.testkit.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * A record that reads well but cannot be genuine on its topic changes nothing: it goes to the dead-letter topic
 * with the rule it broke as the reason, and is counted by rule. One test per rule, each a forged record that would
 * otherwise end a live task; the genuine record sent afterwards shows the partition flows on.
 */
@QuarkusTest
@QuarkusTestResource(GridLoopTestInfrastructure.class)
class ForgedRecordsTest {

    private static final double LIANHUA_G2_LAT = 29.58;
    private static final double LIANHUA_G2_LON = 106.23;

    private final KafkaTestClient kafka = DispatchFlowTest.kafka();

    @Inject
    MovableClock clock;

    @Test
    void aTypeTheContractDoesNotPublishOnTheTopicIsDeadLettered() {
        UUID id = assignedAppeal();
        double before = untrustedCount("TYPE_NOT_ON_TOPIC");
        AppealClosed closed = new AppealClosed(id, "RESIDENT", Actor.system("feedback"), clock.instant());
        // feedback's "closed" written to intake's topic, with intake's source.
        String ceId = forge(Topics.APPEALS_SUBMITTED, EventType.APPEAL_CLOSED, Topics.producerSource(Topics.APPEALS_SUBMITTED),
                id.toString(), id.toString(), closed);

        assertDeadLetteredAndHarmless(id, ceId, "untrusted (type-not-on-topic)", "TYPE_NOT_ON_TOPIC", before);
    }

    @Test
    void aRecordNotFromTheTopicsProducerIsDeadLettered() {
        UUID id = assignedAppeal();
        double before = untrustedCount("NOT_FROM_PRODUCER");
        AppealWithdrawn withdrawn = new AppealWithdrawn(id, "forged", Actor.system("feedback"), clock.instant());
        String ceId = forge(Topics.APPEALS_SUBMITTED, EventType.APPEAL_WITHDRAWN, Topics.source("feedback"),
                id.toString(), id.toString(), withdrawn);

        assertDeadLetteredAndHarmless(id, ceId, "untrusted (not-from-producer)", "NOT_FROM_PRODUCER", before);
    }

    @Test
    void aPayloadAboutAnotherAppealThanItsKeyAndSubjectIsDeadLettered() {
        UUID victim = assignedAppeal();
        double before = untrustedCount("SUBJECT_MISMATCH");
        String decoy = UUID.randomUUID().toString();
        AppealWithdrawn withdrawn = new AppealWithdrawn(victim, "forged", Actor.system("intake"), clock.instant());
        String ceId = forge(Topics.APPEALS_SUBMITTED, EventType.APPEAL_WITHDRAWN,
                Topics.producerSource(Topics.APPEALS_SUBMITTED), decoy, decoy, withdrawn);

        assertDeadLetteredAndHarmless(victim, decoy, ceId, "untrusted (subject-mismatch)", "SUBJECT_MISMATCH", before);
    }

    @Test
    void aSubjectThatDiffersFromTheKeyIsDeadLettered() {
        UUID id = assignedAppeal();
        double before = untrustedCount("SUBJECT_MISMATCH");
        AppealWithdrawn withdrawn = new AppealWithdrawn(id, "forged", Actor.system("intake"), clock.instant());
        String ceId = forge(Topics.APPEALS_SUBMITTED, EventType.APPEAL_WITHDRAWN,
                Topics.producerSource(Topics.APPEALS_SUBMITTED), id.toString(), UUID.randomUUID().toString(), withdrawn);

        assertDeadLetteredAndHarmless(id, ceId, "untrusted (subject-mismatch)", "SUBJECT_MISMATCH", before);
    }

    private UUID assignedAppeal() {
        AppealSubmitted appeal = DispatchFlowTest.submitted("NOISE", LIANHUA_G2_LAT, LIANHUA_G2_LON, clock.instant());
        kafka.sendEvent(appeal);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertEquals("ASSIGNED", status(appeal.appealId())));
        return appeal.appealId();
    }

    private String forge(String topic, EventType type, String source, String key, String subject, GridLoopEvent payload) {
        String ceId = UUID.randomUUID().toString();
        kafka.send(topic, key, EventCodec.encode(payload), Map.of(
                CloudEventHeaders.ID, ceId,
                CloudEventHeaders.SOURCE, source,
                CloudEventHeaders.TYPE, type.ceType(),
                CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0,
                CloudEventHeaders.TIME, payload.occurredAt().toString(),
                CloudEventHeaders.SUBJECT, subject,
                CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON));
        return ceId;
    }

    private void assertDeadLetteredAndHarmless(UUID appeal, String ceId, String reason, String rule, double before) {
        assertDeadLetteredAndHarmless(appeal, appeal.toString(), ceId, reason, rule, before);
    }

    /** Parked with the reason, counted once under the rule, and the task still as it was. */
    private void assertDeadLetteredAndHarmless(UUID appeal, String key, String ceId, String reason, String rule,
            double before) {
        ConsumerRecord<String, byte[]> parked = kafka.readUntil(Topics.deadLetter(Topics.APPEALS_SUBMITTED),
                        Duration.ofSeconds(20), list -> list.stream().anyMatch(r -> isRecord(r, key, ceId)))
                .stream().filter(r -> isRecord(r, key, ceId)).findFirst().orElseThrow();
        String why = KafkaTestClient.header(parked, "dead-letter-reason");
        assertTrue(why != null && why.contains(reason), "reason: " + why);
        // Behind the forged record on its partition, a genuine one is applied: after it, the forgery was handled.
        kafka.sendEvent(DispatchFlowTest.submitted("NOISE", LIANHUA_G2_LAT, LIANHUA_G2_LON, clock.instant()));
        GridLoopTestInfrastructure.current().awaitQuiet("dispatch", Topics.APPEALS_SUBMITTED, Topics.APPEALS_FEEDBACK);
        assertEquals("ASSIGNED", status(appeal), "the forged record changed nothing");
        assertEquals(before + 1, untrustedCount(rule), "counted once under " + rule);
    }

    private static boolean isRecord(ConsumerRecord<String, byte[]> record, String key, String ceId) {
        return key.equals(record.key()) && ceId.equals(KafkaTestClient.header(record, CloudEventHeaders.ID));
    }

    private static String status(UUID appealId) {
        return given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).get("/api/v1/tasks/" + appealId).then().statusCode(200)
                .extract().path("status");
    }

    /** gridloop_events_untrusted_total of dispatch's consumer on intake's topic for one rule, from /q/metrics. */
    private static double untrustedCount(String rule) {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines()
                .filter(line -> line.startsWith("gridloop_events_untrusted_total{") && line.contains("rule=\"" + rule + "\"")
                        && line.contains("consumer=\"dispatch\"") && line.contains("topic=\"" + Topics.APPEALS_SUBMITTED + "\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }
}
