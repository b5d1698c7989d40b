package gridloop.dispatch;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import gridloop.events.AppealSubmitted;
import gridloop.events.CloudEventHeaders;
import gridloop.events.Topics;
import gridloop.testkit.Tokens;
import gridloop.testkit.EventContract;
import gridloop.dispatch.sla.SlaWatch;
import gridloop.testkit.MovableClock;
import io.quarkus.vertx.VertxContextSupport;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Deadlines with a moved clock: each breach announced once, and escalation at 3x the resolve window. */
@QuarkusTest
class SlaClockTest {

    @Inject
    MovableClock clock;

    @Inject
    SlaWatch slaWatch;

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    /** Overdue events need a moved clock, so this test is where they are checked against the AsyncAPI document. */
    private static final EventContract CONTRACT = EventContract.load();

    private static List<String> overdueDeadlines(String appealId, List<ConsumerRecord<String, byte[]>> dispatched) {
        return dispatched.stream()
                .filter(r -> appealId.equals(r.key()))
                .filter(r -> "gridloop.appeal.overdue.v1".equals(
                        gridloop.testkit.KafkaTestClient.header(r, CloudEventHeaders.TYPE)))
                .map(CONTRACT::requireKept)
                .map(r -> new String(r.value(), StandardCharsets.UTF_8))
                .map(json -> json.contains("\"deadline\":\"ACCEPT\"") ? "ACCEPT" : "RESOLVE")
                .toList();
    }

    /** The task shows the flag and is listed under that value of the filter, not under the other. */
    private static void assertOverdueFilterPlaces(String id, boolean overdue) {
        given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).get("/api/v1/tasks/" + id).then().body("overdue", equalTo(overdue));
        given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).queryParam("overdue", overdue).queryParam("size", 200).get("/api/v1/tasks").then().statusCode(200)
                .body("items.appealId", hasItem(id)).body("items.overdue", everyItem(equalTo(overdue)));
        given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).queryParam("overdue", !overdue).queryParam("size", 200).get("/api/v1/tasks").then().statusCode(200)
                .body("items.appealId", not(hasItem(id)));
    }

    @Test
    void breachesAreAnnouncedOnceAndLongOverdueTasksEscalateByThemselves() {
        AppealSubmitted appeal = DispatchFlowTest.submitted("FACILITY_DAMAGE", 29.585, 106.215, clock.instant());
        String id = appeal.appealId().toString();
        DispatchFlowTest.kafka().sendEvent(appeal);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).get("/api/v1/tasks/" + id).then().statusCode(200).body("status", equalTo("ASSIGNED")));
        assertOverdueFilterPlaces(id, false);

        clock.advance(Duration.ofHours(5));
        assertOverdueFilterPlaces(id, true);
        await().atMost(Duration.ofSeconds(30)).until(() -> overdueDeadlines(id, published()).equals(List.of("ACCEPT")));
        // Two more checks (besides the scheduler's, every second, maybe at the same time as these) and the
        // breach is still announced only once.
        checkNow();
        checkNow();
        assertEquals(List.of("ACCEPT"), overdueDeadlines(id, DispatchFlowTest.dispatchedWhenQuiet()));

        clock.advance(Duration.ofHours(3 * 72));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).get("/api/v1/tasks/" + id).then().body("status", equalTo("ESCALATED"))
                        .body("department", equalTo("HOUSING")));
        await().atMost(Duration.ofSeconds(30)).until(() -> overdueDeadlines(id, published()).equals(List.of("ACCEPT", "RESOLVE")));
        checkNow();
        assertEquals(List.of("ACCEPT", "RESOLVE"), overdueDeadlines(id, DispatchFlowTest.dispatchedWhenQuiet()));
    }

    private static List<ConsumerRecord<String, byte[]>> published() {
        return DispatchFlowTest.kafka().readAll(Topics.APPEALS_DISPATCH);
    }

    /** One SLA check as the scheduler runs it, on a Vert.x context of its own. */
    private void checkNow() {
        try {
            VertxContextSupport.subscribeAndAwait(() -> slaWatch.check());
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
