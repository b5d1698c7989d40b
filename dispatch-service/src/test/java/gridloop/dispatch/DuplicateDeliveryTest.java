package gridloop.dispatch;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import gridloop.events.Actor;
import gridloop.events.AppealClosed;
import gridloop.events.AppealReopened;
import gridloop.events.AppealResolved;
import gridloop.events.AppealSubmitted;
import gridloop.events.AppealWithdrawn;
import gridloop.events.CloudEventHeaders;
import gridloop.events.GridLoopEvent;
import gridloop.testkit.Tokens;
import gridloop.testkit.GridLoopTestInfrastructure;
import gridloop.testkit.KafkaTestClient;
import gridloop.testkit.MovableClock;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every event dispatch consumes, delivered once and then again: under the same {@code ce_id} (a
 * redelivery) and under a new one (a copy, as a replay from another producer would be). The second
 * delivery changes nothing: the task, the worker's load and what dispatch publishes stay as the first
 * left them. Waiting for dispatch to log the copy's {@code ce_id} is the barrier: records of one appeal
 * share a partition, so everything sent before the copy has been handled by then.
 */
@QuarkusTest
@QuarkusTestResource(GridLoopTestInfrastructure.class)
class DuplicateDeliveryTest {

    private static final String TASKS = "/api/v1/tasks/";
    private static final double LIANHUA_G2_LAT = 29.58;
    private static final double LIANHUA_G2_LON = 106.23;

    private final KafkaTestClient kafka = DispatchFlowTest.kafka();

    @Inject
    Pool pool;

    @Inject
    MovableClock clock;

    @Test
    void everyEventOfTheLoopDeliveredTwiceChangesNothingTheSecondTime() {
        Instant t = clock.instant();
        AppealSubmitted appeal = DispatchFlowTest.submitted("FACILITY_DAMAGE", LIANHUA_G2_LAT, LIANHUA_G2_LON, t);
        UUID id = appeal.appealId();

        Map<String, Object> assigned = deliverTwice(appeal);
        String assignee = (String) assigned.get("assigneeId");
        int loadWhileOpen = openTasks(assignee);
        assertEquals("RESOLVED", deliverTwice(new AppealResolved(id, "Fixed", List.of(), "w", 1, Actor.system("test"), t)).get("status"));
        Map<String, Object> reopened = deliverTwice(new AppealReopened(id, 1, Actor.system("test"), t.plusSeconds(1)));
        assertEquals(1, reopened.get("reopenCount"));
        assertEquals(loadWhileOpen, openTasks(assignee));
        deliverTwice(new AppealResolved(id, "Fixed again", List.of(), "w", 2, Actor.system("test"), t.plusSeconds(2)));
        assertEquals("ESCALATED", deliverTwice(new AppealReopened(id, 2, Actor.system("test"), t.plusSeconds(3))).get("status"));
        assertEquals("CLOSED", deliverTwice(new AppealClosed(id, "RESIDENT", Actor.system("test"), t.plusSeconds(4))).get("status"));

        assertEquals(loadWhileOpen - 1, openTasks(assignee), "closing released the load once");
        assertEquals(Map.of("gridloop.appeal.assigned.v1", 1L, "gridloop.appeal.escalated.v1", 1L),
                publishedFor(id.toString()));
    }

    @Test
    void aWithdrawalTwiceReleasesTheLoadOnceAndALateCopyOfTheSubmissionDoesNotReviveIt() {
        AppealSubmitted appeal = DispatchFlowTest.submitted("NOISE", LIANHUA_G2_LAT, LIANHUA_G2_LON, clock.instant());
        UUID id = appeal.appealId();
        String assignee = (String) deliverTwice(appeal).get("assigneeId");
        int loadWhileOpen = openTasks(assignee);

        Map<String, Object> withdrawn = deliverTwice(new AppealWithdrawn(id, "Sorted it out with the neighbour", Actor.system("test"),
                clock.instant()));
        awaitApplied(kafka.sendEvent(appeal));

        assertEquals("WITHDRAWN", withdrawn.get("status"));
        assertEquals(withdrawn, task(id));
        assertEquals(loadWhileOpen - 1, openTasks(assignee));
        assertEquals(Map.of("gridloop.appeal.assigned.v1", 1L), publishedFor(id.toString()));
    }

    /**
     * Delivers the event, waits until it is applied, then delivers it again twice and checks that the task
     * and the worker's load did not move. Returns the task as the first delivery left it.
     */
    private Map<String, Object> deliverTwice(GridLoopEvent event) {
        UUID appealId = UUID.fromString(event.subject());
        String ceId = kafka.sendEvent(event);
        awaitApplied(ceId);
        Map<String, Object> afterFirst = task(appealId);
        int loadAfterFirst = openTasks((String) afterFirst.get("assigneeId"));

        kafka.sendEvent(event, ceId);
        awaitApplied(kafka.sendEvent(event, UUID.randomUUID().toString()));

        assertEquals(afterFirst, task(appealId), "task after a second " + event.getClass().getSimpleName());
        assertEquals(loadAfterFirst, openTasks((String) afterFirst.get("assigneeId")));
        return afterFirst;
    }

    private void awaitApplied(String ceId) {
        await().atMost(Duration.ofSeconds(20)).until(() -> pool
                .preparedQuery("select 1 from processed_event where consumer = 'dispatch' and event_id = $1")
                .execute(Tuple.of(ceId)).await().atMost(Duration.ofSeconds(5)).size() == 1);
    }

    private static Map<String, Object> task(UUID appealId) {
        return given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).get(TASKS + appealId).then().statusCode(200).extract().jsonPath().getMap("");
    }

    private static int openTasks(String workerId) {
        List<Integer> loads = given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).get("/api/v1/grids/lianhua-g2/workers").then().statusCode(200)
                .extract().path("findAll { it.id == '" + workerId + "' }.openTasks");
        return loads.get(0);
    }

    private static Map<String, Long> publishedFor(String appealId) {
        return DispatchFlowTest.dispatchedWhenQuiet().stream()
                .filter(r -> appealId.equals(r.key()))
                .collect(Collectors.groupingBy(r -> KafkaTestClient.header(r, CloudEventHeaders.TYPE),
                        Collectors.counting()));
    }
}
