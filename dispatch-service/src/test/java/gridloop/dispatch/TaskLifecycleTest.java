package gridloop.dispatch;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import gridloop.events.Actor;
import gridloop.events.AppealClosed;
import gridloop.events.AppealReopened;
import gridloop.events.AppealResolved;
import gridloop.events.AppealSubmitted;
import gridloop.testkit.Tokens;
import gridloop.testkit.KafkaTestClient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import gridloop.events.CloudEventHeaders;
import gridloop.testkit.MovableClock;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Reassignment, the loop back from feedback (reopen twice escalates) and the load that follows the task. */
@QuarkusTest
class TaskLifecycleTest {

    @Inject
    MovableClock clock;

    private static final String TASKS = "/api/v1/tasks/";

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    private AppealSubmitted assignedAppeal(String category, double lat, double lon) {
        AppealSubmitted appeal = DispatchFlowTest.submitted(category, lat, lon, clock.instant());
        DispatchFlowTest.kafka().sendEvent(appeal);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).get(TASKS + appeal.appealId()).then().statusCode(200));
        return appeal;
    }

    private static int openTasks(String gridId, String workerId) {
        List<Integer> loads = given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).get("/api/v1/grids/" + gridId + "/workers").then().statusCode(200)
                .extract().path("findAll { it.id == '" + workerId + "' }.openTasks");
        return loads.get(0);
    }

    /** A message written on a parameter ({gridloop.validation.oneOf}, service-support's file) in both languages. */
    @Test
    void aBadFilterIsRefusedInTheCallersLanguage() {
        given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).queryParam("status", "LOST").get(TASKS).then()
                .statusCode(400).header("Content-Language", "zh-CN")
                .body("violations[0].message", startsWith("必须是以下之一：ASSIGNED|"));
        given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).header("Accept-Language", "en").queryParam("status", "LOST")
                .get(TASKS).then().statusCode(400).body("violations[0].message", startsWith("one of ASSIGNED|"));
    }

    @Test
    void operatorMovesATaskToAnotherWorkerAndTheLoadMovesWithIt() {
        AppealSubmitted appeal = assignedAppeal("SANITATION", 29.601, 106.204);
        String from = given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).get(TASKS + appeal.appealId()).then().extract().path("assigneeId");
        String gridId = given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).get(TASKS + appeal.appealId()).then().extract().path("gridId");
        int fromBefore = openTasks(gridId, from);
        int targetBefore = openTasks("haoyu-g1", "w-haoyu-g1-1");

        given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).contentType(ContentType.JSON)
                .body("{\"assignee\": \"w-haoyu-g1-1\", \"reason\": \"Closer to the site\"}")
                .post(TASKS + appeal.appealId() + "/reassign").then().statusCode(200)
                .body("assigneeId", equalTo("w-haoyu-g1-1")).body("gridId", equalTo("haoyu-g1"));
        assertEquals(fromBefore - 1, openTasks(gridId, from));
        assertEquals(targetBefore + 1, openTasks("haoyu-g1", "w-haoyu-g1-1"));

        given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).contentType(ContentType.JSON).body("{\"assignee\": \"w-haoyu-g1-1\", \"reason\": \"again\"}")
                .post(TASKS + appeal.appealId() + "/reassign").then().statusCode(409);
        given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).contentType(ContentType.JSON).body("{\"gridId\": \"hualong-g3\", \"reason\": \"Wrong grid\"}")
                .post(TASKS + appeal.appealId() + "/reassign").then().statusCode(200)
                .body("gridId", equalTo("hualong-g3")).body("assigneeId", startsWith("w-hualong-"));
        given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).contentType(ContentType.JSON).body("{\"gridId\": \"atlantis\", \"reason\": \"x\"}")
                .post(TASKS + appeal.appealId() + "/reassign").then().statusCode(422);
        given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).contentType(ContentType.JSON).body("{\"reason\": \"x\"}")
                .post(TASKS + appeal.appealId() + "/reassign").then().statusCode(400);
    }

    /** The appeal's lifecycle: the new worker has not accepted it, so the task waits for them to accept. */
    @Test
    void anAcceptedTaskHandedToAnotherWorkerWaitsForThemToAccept() {
        AppealSubmitted appeal = assignedAppeal("SANITATION", 29.6012, 106.2041);
        given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).post(TASKS + appeal.appealId() + "/accept").then()
                .statusCode(200).body("status", equalTo("ACCEPTED"));
        String acceptBy = given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).contentType(ContentType.JSON)
                .body("{\"gridId\": \"hualong-g3\", \"reason\": \"Wrong grid\"}")
                .post(TASKS + appeal.appealId() + "/reassign").then().statusCode(200)
                .body("status", equalTo("ASSIGNED")).body("overdue", equalTo(false))
                .extract().path("acceptBy");
        assertTrue(java.time.Instant.parse(acceptBy).isAfter(clock.instant()), "the new worker has time to accept");
        given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).post(TASKS + appeal.appealId() + "/accept").then()
                .statusCode(200).body("status", equalTo("ACCEPTED"));
    }

    @Test
    void reassigningToAWorkerOffDutyNeedsTheOperatorsConfirmationAndTheEventSaysSo() throws Exception {
        // A Wednesday, 22:00 in the district: w-lianhua-g1-2 works weekdays 08:00-20:00, so is off until Thursday 08:00.
        Instant wednesdayNight = clock.pinToNext(DayOfWeek.WEDNESDAY, LocalTime.of(22, 0));
        Instant thursdayMorning = wednesdayNight.plus(Duration.ofHours(10));
        AppealSubmitted appeal = assignedAppeal("NOISE", 29.5825, 106.2233);
        UUID id = appeal.appealId();
        given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).get("/api/v1/grids/lianhua-g1/workers").then().statusCode(200)
                .body("find { it.id == 'w-lianhua-g1-2' }.onDuty", equalTo(false))
                .body("find { it.id == 'w-lianhua-g1-2' }.nextShiftStart", equalTo(thursdayMorning.toString()))
                .body("find { it.id == 'w-lianhua-g1-1' }.onDuty", equalTo(true));
        int loadBefore = openTasks("lianhua-g1", "w-lianhua-g1-2");

        given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).contentType(ContentType.JSON)
                .body("{\"assignee\": \"w-lianhua-g1-2\", \"reason\": \"Knows the building\"}")
                .post(TASKS + id + "/reassign").then().statusCode(409).contentType("application/problem+json")
                .body("type", endsWith(":assignee-off-duty")).body("nextShiftStart", equalTo(thursdayMorning.toString()))
                .body("detail", containsString("force")).body("title", equalTo("该网格员不在岗"));
        given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).contentType(ContentType.JSON).header("Accept-Language", "en")
                .body("{\"assignee\": \"w-lianhua-g1-2\", \"reason\": \"Knows the building\"}")
                .post(TASKS + id + "/reassign").then().statusCode(409).header("Content-Language", "en")
                .body("title", equalTo("The worker is off duty")).body("detail", containsString("is off duty now"));
        assertEquals(loadBefore, openTasks("lianhua-g1", "w-lianhua-g1-2"), "a refused reassignment moves nothing");

        given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).contentType(ContentType.JSON)
                .body("{\"assignee\": \"w-lianhua-g1-2\", \"reason\": \"Knows the building\", \"force\": true}")
                .post(TASKS + id + "/reassign").then().statusCode(200).body("assigneeId", equalTo("w-lianhua-g1-2"));
        JsonNode reassigned = DispatchFlowTest.dispatchedWhenQuiet().stream()
                .filter(r -> id.toString().equals(r.key()))
                .filter(r -> "gridloop.appeal.reassigned.v1".equals(KafkaTestClient.header(r, CloudEventHeaders.TYPE)))
                .map(r -> readTree(r.value())).reduce((first, second) -> second).orElseThrow();
        assertTrue(reassigned.path("assigneeOffDuty").asBoolean(), reassigned.toString());
        assertEquals("Knows the building", reassigned.path("reason").asText());
    }

    private static JsonNode readTree(byte[] json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void secondReopenEscalatesAndClosingFreesTheWorker() {
        AppealSubmitted appeal = assignedAppeal("FACILITY_DAMAGE", 29.577, 106.235);
        String assignee = given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).get(TASKS + appeal.appealId()).then().extract().path("assigneeId");
        String gridId = given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).get(TASKS + appeal.appealId()).then().extract().path("gridId");
        int loadWhileOpen = openTasks(gridId, assignee);
        KafkaTestClient kafka = DispatchFlowTest.kafka();
        Instant t = clock.instant();
        UUID id = appeal.appealId();

        kafka.sendEvent(new AppealResolved(id, "Fixed", List.of(), "w", 1, Actor.system("test"), t));
        kafka.sendEvent(new AppealReopened(id, 1, Actor.system("test"), t.plusSeconds(1)));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).get(TASKS + id).then()
                .body("reopenCount", equalTo(1)).body("status", equalTo("ASSIGNED")));

        kafka.sendEvent(new AppealResolved(id, "Fixed again", List.of(), "w", 2, Actor.system("test"), t.plusSeconds(2)));
        kafka.sendEvent(new AppealReopened(id, 2, Actor.system("test"), t.plusSeconds(3)));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).get(TASKS + id).then()
                .body("reopenCount", equalTo(2)).body("status", equalTo("ESCALATED"))
                .body("department", equalTo("HOUSING")));
        assertEquals(loadWhileOpen, openTasks(gridId, assignee));

        kafka.sendEvent(new AppealClosed(id, "RESIDENT", Actor.system("test"), t.plusSeconds(4)));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).get(TASKS + id).then()
                .body("status", equalTo("CLOSED")));
        assertEquals(loadWhileOpen - 1, openTasks(gridId, assignee));

        // A closed task refuses every action with 409 problem+json and stays as it was.
        given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).post(TASKS + id + "/accept").then().statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).contentType(ContentType.JSON).body("{\"department\": \"HOUSING\", \"reason\": \"late\"}")
                .post(TASKS + id + "/escalate").then().statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).contentType(ContentType.JSON).body("{\"gridId\": \"lianhua-g1\", \"reason\": \"late\"}")
                .post(TASKS + id + "/reassign").then().statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).get(TASKS + id).then().body("status", equalTo("CLOSED"));
    }

    @Test
    void badActionAndListRequestsAreRefusedWithProblemDetails() {
        AppealSubmitted appeal = assignedAppeal("SANITATION", 29.601, 106.204);
        given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).contentType(ContentType.JSON).body("{\"assignee\": \"w-nobody\", \"reason\": \"x\"}")
                .post(TASKS + appeal.appealId() + "/reassign").then().statusCode(422)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).contentType(ContentType.JSON).body("{\"department\": \"HOUSING\"}")
                .post(TASKS + appeal.appealId() + "/escalate").then().statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).queryParam("status", "LOST").get("/api/v1/tasks").then().statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).queryParam("size", 1000).get("/api/v1/tasks").then().statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).queryParam("overdue", "maybe").get("/api/v1/tasks").then().statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).post(TASKS + "not-a-uuid/accept").then().statusCode(404);
    }

    @Test
    void aTaskReopenedWhileItsWorkerIsOffDutyGoesToTheOneOnDutyWithTheLoad() {
        // A Wednesday morning in the district (whenever the test runs): w-1 (every day) and w-2 (weekdays
        // 08:00-20:00) are on duty. The appeal and every event about it take their times from this clock.
        Instant wednesdayMorning = clock.pinToNext(DayOfWeek.WEDNESDAY, LocalTime.of(10, 0));
        AppealSubmitted appeal = assignedAppeal("NOISE", 29.5825, 106.2233);
        UUID id = appeal.appealId();
        // Put it with the weekday worker, then reopen it at 22:00 when only w-1 is on duty.
        boolean movedByOperator = !"w-lianhua-g1-2".equals(given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).get(TASKS + id).then().extract().path("assigneeId"));
        if (movedByOperator) {
            given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).contentType(ContentType.JSON).body("{\"assignee\": \"w-lianhua-g1-2\", \"reason\": \"test\"}")
                    .post(TASKS + id + "/reassign").then().statusCode(200);
        }
        int weekdayLoad = openTasks("lianhua-g1", "w-lianhua-g1-2");
        int alwaysOnLoad = openTasks("lianhua-g1", "w-lianhua-g1-1");
        DispatchFlowTest.kafka().sendEvent(new AppealResolved(id, "Turned it down", List.of(), "w", 1, Actor.system("test"), clock.instant()));

        clock.pinTo(wednesdayMorning.plus(Duration.ofHours(12)));
        DispatchFlowTest.kafka().sendEvent(new AppealReopened(id, 1, Actor.system("test"), clock.instant()));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).get(TASKS + id).then()
                .body("reopenCount", equalTo(1)).body("status", equalTo("ASSIGNED"))
                .body("gridId", equalTo("lianhua-g1")).body("assigneeId", equalTo("w-lianhua-g1-1")));
        assertEquals(weekdayLoad - 1, openTasks("lianhua-g1", "w-lianhua-g1-2"));
        assertEquals(alwaysOnLoad + 1, openTasks("lianhua-g1", "w-lianhua-g1-1"));
        List<String> dispatched = DispatchFlowTest.dispatchedWhenQuiet().stream()
                .filter(r -> id.toString().equals(r.key()))
                .map(r -> KafkaTestClient.header(r, CloudEventHeaders.TYPE))
                // 12 hours on, NOISE's 4-hour accept-by has passed: that breach is announced too.
                .filter(type -> !type.equals("gridloop.appeal.overdue.v1")).toList();
        List<String> expected = movedByOperator
                ? List.of("gridloop.appeal.assigned.v1", "gridloop.appeal.reassigned.v1", "gridloop.appeal.reassigned.v1")
                : List.of("gridloop.appeal.assigned.v1", "gridloop.appeal.reassigned.v1");
        assertEquals(expected, dispatched);
    }
}
