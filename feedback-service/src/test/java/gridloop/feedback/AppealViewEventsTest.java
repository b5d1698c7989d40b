package gridloop.feedback;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import gridloop.events.Actor;
import gridloop.events.AppealAccepted;
import gridloop.events.AppealAssigned;
import gridloop.events.AppealCoHandled;
import gridloop.events.AppealEscalated;
import gridloop.events.AppealSentBack;
import gridloop.events.AppealEvent;
import gridloop.events.AppealSubmitted;
import gridloop.events.AppealWithdrawn;
import gridloop.events.GridUnit;
import gridloop.events.Location;
import gridloop.testkit.Tokens;
import gridloop.testkit.GridLoopTestInfrastructure;
import gridloop.testkit.KafkaTestClient;
import gridloop.testkit.MovableClock;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Feedback's view of an appeal is built from two topics (intake's and dispatch's), so its events arrive
 * in any order between them, and any of them may come again (a redelivery under the same ce_id, or a copy
 * under a new one). Either way the view must end up the same.
 */
@QuarkusTest
@QuarkusTestResource(GridLoopTestInfrastructure.class)
class AppealViewEventsTest {

    private final KafkaTestClient kafka = FeedbackFlowTest.kafka();

    @Inject
    Pool pool;

    @Inject
    MovableClock clock;

    @Test
    void everyConsumedEventDeliveredAgainChangesNothing() {
        Instant t = clock.instant();
        String grid = "g-" + UUID.randomUUID();
        UUID id = UUID.randomUUID();
        for (AppealEvent event : loop(id, grid, t)) {
            deliverAgainAndCompare(event);
        }
        given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).get("/api/v1/appeals/" + id + "/feedback").then().statusCode(200)
                .body("status", equalTo("ESCALATED")).body("closureRound", equalTo(0));

        given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).contentType(ContentType.JSON).body("{\"resolution\": \"Replaced the table top\"}")
                .post("/api/v1/appeals/" + id + "/closure").then().statusCode(200).body("status", equalTo("RESOLVED"));
        // A late copy of dispatch's steps does not undo the closure report.
        deliverAgainAndCompare(loop(id, grid, t).get(1));
        given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).get("/api/v1/appeals/" + id + "/feedback").then().statusCode(200)
                .body("status", equalTo("RESOLVED")).body("closureRound", equalTo(1));

        given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).queryParam("level", "grid").queryParam("from", t.minusSeconds(60).toString())
                .queryParam("to", t.plusSeconds(60).toString()).get("/api/v1/evaluations").then().statusCode(200)
                .body("items.find { it.unitId == '" + grid + "' }.received", equalTo(1))
                .body("items.find { it.unitId == '" + grid + "' }.responded", equalTo(1))
                .body("items.find { it.unitId == '" + grid + "' }.resolved", equalTo(1));
    }

    @Test
    void theSameEventsInReverseOrderGiveTheSameView() {
        Instant t = clock.instant();
        String grid = "g-" + UUID.randomUUID();
        UUID inOrder = UUID.randomUUID();
        UUID reversed = UUID.randomUUID();
        for (AppealEvent event : loop(inOrder, grid, t)) {
            awaitApplied(kafka.sendEvent(event));
        }
        List<AppealEvent> backwards = new ArrayList<>(loop(reversed, grid, t));
        Collections.reverse(backwards);
        for (AppealEvent event : backwards) {
            awaitApplied(kafka.sendEvent(event));
        }
        assertEquals(view(inOrder), view(reversed));
        given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).get("/api/v1/appeals/" + reversed + "/feedback").then().statusCode(200)
                .body("status", equalTo("ESCALATED")).body("submittedAt", equalTo(t.toString()));
    }

    @Test
    void aWithdrawalBeforeTheAssignmentIsNotUndoneByIt() {
        Instant t = clock.instant();
        UUID id = UUID.randomUUID();
        List<AppealEvent> loop = loop(id, "g-" + UUID.randomUUID(), t);
        awaitApplied(kafka.sendEvent(loop.get(0)));
        awaitApplied(kafka.sendEvent(new AppealWithdrawn(id, "Sorted it out", Actor.system("test"), t.plusSeconds(1))));
        // Intake's withdrawal and dispatch's assignment travel on different topics: this one came later.
        awaitApplied(kafka.sendEvent(loop.get(1)));

        given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).get("/api/v1/appeals/" + id + "/feedback").then().statusCode(200).body("status", equalTo("WITHDRAWN"));
        given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).contentType(ContentType.JSON).body("{\"resolution\": \"done\"}")
                .post("/api/v1/appeals/" + id + "/closure").then().statusCode(409)
                .contentType("application/problem+json");
    }

    /** A department that sent the appeal back no longer answers for it: its closure report is refused, an operator's taken. */
    @Test
    void aDepartmentThatSentTheAppealBackMayNoLongerReportItsClosure() {
        Instant t = clock.instant();
        UUID id = UUID.randomUUID();
        for (AppealEvent event : loop(id, "g-" + UUID.randomUUID(), t)) {
            awaitApplied(kafka.sendEvent(event));
        }
        awaitApplied(kafka.sendEvent(new AppealSentBack(id, "HOUSING", "Housing Bureau", "NOT_OUR_JURISDICTION",
                "The school's table", 1, false, new Actor("department", "housing-1"), t.plus(Duration.ofHours(3)))));
        given().auth().oauth2(Tokens.of(Tokens.HOUSING)).contentType(ContentType.JSON).body("{\"resolution\": \"done\"}")
                .post("/api/v1/appeals/" + id + "/closure").then().statusCode(404);
        // Sent back, it waits for the command centre again: ASSIGNED, as dispatch, intake and the map say (the
        // appeal lifecycle, shared-events); feedback alone used to keep saying ESCALATED.
        given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).get("/api/v1/appeals/" + id + "/feedback").then().statusCode(200)
                .body("status", equalTo("ASSIGNED"));
        given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).contentType(ContentType.JSON).body("{\"resolution\": \"Fixed by the school\"}")
                .post("/api/v1/appeals/" + id + "/closure").then().statusCode(200).body("status", equalTo("RESOLVED"));
    }

    /** A co-handled appeal's closure is the lead's: an assisting department's report is refused. */
    @Test
    void aCoHandledAppealIsClosedByTheLeadNotByAnAssistingDepartment() {
        Instant t = clock.instant();
        UUID id = UUID.randomUUID();
        for (AppealEvent event : loop(id, "g-" + UUID.randomUUID(), t)) {
            awaitApplied(kafka.sendEvent(event));
        }
        awaitApplied(kafka.sendEvent(new AppealCoHandled(id, "HOUSING", "Housing Bureau", List.of("PUBLIC_SECURITY"),
                List.of("Public Security Bureau"), "Loose facade panels", Actor.system("test"), t.plus(Duration.ofHours(2)))));
        given().auth().oauth2(Tokens.of("public-security-1")).contentType(ContentType.JSON).body("{\"resolution\": \"done\"}")
                .post("/api/v1/appeals/" + id + "/closure").then().statusCode(404);
        given().auth().oauth2(Tokens.of(Tokens.HOUSING)).contentType(ContentType.JSON).body("{\"resolution\": \"Panels fixed\"}")
                .post("/api/v1/appeals/" + id + "/closure").then().statusCode(200).body("status", equalTo("RESOLVED"));
    }

    /** Submitted, assigned, accepted and escalated, an hour apart. */
    private static List<AppealEvent> loop(UUID id, String grid, Instant t) {
        return List.of(
                new AppealSubmitted(id, "BQ-1", "FACILITY_DAMAGE", "Broken table", new Location(29.597, 106.223, null),
                        List.of(), "APP", ReporterPseudonym.resident(), Actor.system("test"), t),
                new AppealAssigned(id, new GridUnit("biquan", "Biquan Street"), new GridUnit("hualong", "Hualong Community"),
                        new GridUnit(grid, "Grid " + grid), "w-1", "Chen Li", null, t.plus(Duration.ofHours(4)),
                        t.plus(Duration.ofHours(72)), Actor.system("test"), t.plusSeconds(1)),
                new AppealAccepted(id, "w-1", Actor.system("test"), t.plus(Duration.ofHours(1))),
                new AppealEscalated(id, "HOUSING", "Housing Bureau", "Needs a new table", false, Actor.system("test"),
                        t.plus(Duration.ofHours(2))));
    }

    /**
     * Delivers the event and waits until it is applied; then delivers it again under the same ce_id and
     * once more under a new one, and checks that feedback's row did not move.
     */
    private void deliverAgainAndCompare(AppealEvent event) {
        String ceId = kafka.sendEvent(event);
        awaitApplied(ceId);
        Map<String, Object> afterFirst = view(event.appealId());
        kafka.sendEvent(event, ceId);
        // Same key, same partition: once the copy under a new ce_id is in, the redelivery before it is too.
        awaitApplied(kafka.sendEvent(event, UUID.randomUUID().toString()));
        assertEquals(afterFirst, view(event.appealId()), "view after " + event.getClass().getSimpleName() + " again");
    }

    private void awaitApplied(String ceId) {
        await().atMost(Duration.ofSeconds(20)).until(() -> pool
                .preparedQuery("select 1 from processed_event where consumer = 'feedback' and event_id = $1")
                .execute(Tuple.of(ceId)).await().atMost(Duration.ofSeconds(5)).size() == 1);
    }

    /** Every column of the appeal's row but its id. */
    private Map<String, Object> view(UUID appealId) {
        Row row = pool.preparedQuery("select to_jsonb(v) - 'appeal_id' as view from appeal_view v where appeal_id = $1")
                .execute(Tuple.of(appealId)).await().atMost(Duration.ofSeconds(5)).iterator().next();
        return row.getJsonObject("view").getMap();
    }
}
