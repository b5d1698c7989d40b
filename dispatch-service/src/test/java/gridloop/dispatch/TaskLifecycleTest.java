package gridloop.dispatch;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import gridloop.events.AppealClosed;
import gridloop.events.AppealReopened;
import gridloop.events.AppealResolved;
import gridloop.events.AppealSubmitted;
import gridloop.localstack.KafkaTestClient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Reassignment, the loop back from feedback (reopen twice escalates) and the load that follows the task. */
@QuarkusTest
class TaskLifecycleTest {

    private static final String TASKS = "/api/v1/tasks/";

    private static AppealSubmitted assignedAppeal(String category, double lat, double lon) {
        AppealSubmitted appeal = DispatchFlowTest.submitted(category, lat, lon);
        DispatchFlowTest.kafka().sendEvent(appeal);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get(TASKS + appeal.appealId()).then().statusCode(200));
        return appeal;
    }

    private static int openTasks(String gridId, String workerId) {
        List<Integer> loads = given().get("/api/v1/grids/" + gridId + "/workers").then().statusCode(200)
                .extract().path("findAll { it.id == '" + workerId + "' }.openTasks");
        return loads.get(0);
    }

    @Test
    void operatorMovesATaskToAnotherWorkerAndTheLoadMovesWithIt() {
        AppealSubmitted appeal = assignedAppeal("SANITATION", 29.601, 106.204);
        String from = given().get(TASKS + appeal.appealId()).then().extract().path("assigneeId");
        String gridId = given().get(TASKS + appeal.appealId()).then().extract().path("gridId");
        int fromBefore = openTasks(gridId, from);
        int targetBefore = openTasks("haoyu-g1", "w-haoyu-g1-1");

        given().contentType(ContentType.JSON)
                .body("{\"assignee\": \"w-haoyu-g1-1\", \"reason\": \"Closer to the site\"}")
                .post(TASKS + appeal.appealId() + "/reassign").then().statusCode(200)
                .body("assigneeId", equalTo("w-haoyu-g1-1")).body("gridId", equalTo("haoyu-g1"));
        assertEquals(fromBefore - 1, openTasks(gridId, from));
        assertEquals(targetBefore + 1, openTasks("haoyu-g1", "w-haoyu-g1-1"));

        given().contentType(ContentType.JSON).body("{\"assignee\": \"w-haoyu-g1-1\", \"reason\": \"again\"}")
                .post(TASKS + appeal.appealId() + "/reassign").then().statusCode(409);
        given().contentType(ContentType.JSON).body("{\"gridId\": \"hualong-g3\", \"reason\": \"Wrong grid\"}")
                .post(TASKS + appeal.appealId() + "/reassign").then().statusCode(200)
                .body("gridId", equalTo("hualong-g3")).body("assigneeId", startsWith("w-hualong-"));
        given().contentType(ContentType.JSON).body("{\"gridId\": \"atlantis\", \"reason\": \"x\"}")
                .post(TASKS + appeal.appealId() + "/reassign").then().statusCode(422);
        given().contentType(ContentType.JSON).body("{\"reason\": \"x\"}")
                .post(TASKS + appeal.appealId() + "/reassign").then().statusCode(400);
    }

    @Test
    void secondReopenEscalatesAndClosingFreesTheWorker() {
        AppealSubmitted appeal = assignedAppeal("FACILITY_DAMAGE", 29.577, 106.235);
        String assignee = given().get(TASKS + appeal.appealId()).then().extract().path("assigneeId");
        String gridId = given().get(TASKS + appeal.appealId()).then().extract().path("gridId");
        int loadWhileOpen = openTasks(gridId, assignee);
        KafkaTestClient kafka = DispatchFlowTest.kafka();
        Instant t = Instant.now().truncatedTo(ChronoUnit.MICROS);
        UUID id = appeal.appealId();

        kafka.sendEvent(new AppealResolved(id, "Fixed", List.of(), "w", 1, t));
        kafka.sendEvent(new AppealReopened(id, 1, t.plusSeconds(1)));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().get(TASKS + id).then()
                .body("reopenCount", equalTo(1)).body("status", equalTo("ASSIGNED")));

        kafka.sendEvent(new AppealResolved(id, "Fixed again", List.of(), "w", 2, t.plusSeconds(2)));
        kafka.sendEvent(new AppealReopened(id, 2, t.plusSeconds(3)));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().get(TASKS + id).then()
                .body("reopenCount", equalTo(2)).body("status", equalTo("ESCALATED"))
                .body("department", equalTo("HOUSING")));
        assertEquals(loadWhileOpen, openTasks(gridId, assignee));

        kafka.sendEvent(new AppealClosed(id, "RESIDENT", t.plusSeconds(4)));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().get(TASKS + id).then()
                .body("status", equalTo("CLOSED")));
        assertEquals(loadWhileOpen - 1, openTasks(gridId, assignee));
    }
}
