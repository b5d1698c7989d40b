package gridloop.dispatch;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import gridloop.dispatch.sla.SlaWatch;
import gridloop.testkit.MovableClock;
import gridloop.testkit.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Co-handling (协办): a lead department and an assisting one. Each reports in on its own clock; the assisting one
 * sees the task, reports its part, and does nothing that is the lead's (escalate, send back).
 */
@QuarkusTest
class CoHandlingTest {

    private static final String PUBLIC_SECURITY = "public-security-1";
    private static final String CO_HANDLE = "{\"lead\": \"HOUSING\", \"assisting\": [\"PUBLIC_SECURITY\"], "
            + "\"reason\": \"Loose facade panels over the pavement\"}";

    @Inject
    MovableClock clock;
    @Inject
    SlaWatch slaWatch;

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    @Test
    void eachDepartmentReportsInAndTheAssistingOneReportsItsPart() {
        String id = DepartmentTasks.assigned(29.592, 106.222, clock.instant());
        coHandle(id, Tokens.of(Tokens.HOUSING), CO_HANDLE).then().statusCode(403);
        coHandle(id, Tokens.of(Tokens.OPERATOR), "{\"lead\": \"HOUSING\", \"assisting\": [\"HOUSING\"], \"reason\": \"x\"}")
                .then().statusCode(400).contentType("application/problem+json");
        coHandle(id, Tokens.of(Tokens.OPERATOR), "{\"lead\": \"HOUSING\", \"assisting\": [\"NO_SUCH\"], \"reason\": \"x\"}")
                .then().statusCode(422);
        coHandle(id, Tokens.of(Tokens.OPERATOR), CO_HANDLE).then().statusCode(200)
                .body("status", equalTo("ESCALATED")).body("department", equalTo("HOUSING"));

        // The assisting department sees it, in its own list too, but the lead's actions are not its own.
        given().auth().oauth2(Tokens.of(PUBLIC_SECURITY)).get("/api/v1/tasks/" + id).then().statusCode(200);
        given().auth().oauth2(Tokens.of(PUBLIC_SECURITY)).queryParam("size", 200).get("/api/v1/tasks").then()
                .statusCode(200).body("items.appealId", hasItem(id));
        given().auth().oauth2(Tokens.of(PUBLIC_SECURITY)).contentType(ContentType.JSON)
                .body("{\"department\": \"GREENING\", \"reason\": \"Not ours\"}")
                .post("/api/v1/tasks/" + id + "/escalate").then().statusCode(409);
        given().auth().oauth2(Tokens.of(PUBLIC_SECURITY)).contentType(ContentType.JSON)
                .body("{\"reason\": \"NOT_OUR_JURISDICTION\"}").post("/api/v1/tasks/" + id + "/send-back")
                .then().statusCode(404);

        post(id, "report-in", Tokens.of(PUBLIC_SECURITY), null).then().statusCode(200);
        post(id, "report-in", Tokens.of(PUBLIC_SECURITY), null).then().statusCode(409);
        post(id, "report-in", Tokens.of(Tokens.HOUSING), null).then().statusCode(200);
        String part = "{\"summary\": \"Cordoned off the pavement\"}";
        post(id, "part", Tokens.of(Tokens.HOUSING), part).then().statusCode(409);
        post(id, "part", Tokens.of(PUBLIC_SECURITY), part).then().statusCode(200);
        post(id, "part", Tokens.of(PUBLIC_SECURITY), part).then().statusCode(409);

        List<ConsumerRecord<String, byte[]>> events = DispatchFlowTest.dispatchedWhenQuiet();
        assertEquals(1, DepartmentTasks.ofType(id, events, "gridloop.appeal.co-handled.v1").size());
        assertEquals(List.of("HOUSING", "PUBLIC_SECURITY").stream().sorted().toList(),
                DepartmentTasks.ofType(id, events, "gridloop.appeal.reported-in.v1").stream().map(CoHandlingTest::department)
                        .sorted().toList());
        assertEquals(List.of("PUBLIC_SECURITY"), DepartmentTasks.ofType(id, events, "gridloop.appeal.part-reported.v1").stream()
                .map(CoHandlingTest::department).toList());
    }

    @Test
    void eachDepartmentsMissedReportInIsAnnouncedOnce() {
        String id = DepartmentTasks.assigned(29.593, 106.223, clock.instant());
        coHandle(id, Tokens.of(Tokens.OPERATOR), CO_HANDLE).then().statusCode(200);
        clock.advance(Duration.ofHours(2).plusMinutes(1));
        String overdue = "gridloop.appeal.report-in-overdue.v1";
        await().atMost(Duration.ofSeconds(30)).until(() -> DepartmentTasks.ofType(id, DispatchFlowTest.kafka().readAll(
                gridloop.events.Topics.APPEALS_DISPATCH), overdue).size() == 2);
        DepartmentTasks.checkNow(slaWatch);
        DepartmentTasks.checkNow(slaWatch);
        assertEquals(List.of("HOUSING", "PUBLIC_SECURITY"), DepartmentTasks.ofType(id, DispatchFlowTest.dispatchedWhenQuiet(), overdue)
                .stream().map(CoHandlingTest::department).sorted().toList());
    }

    private static Response coHandle(String id, String token, String body) {
        return post(id, "co-handle", token, body);
    }

    private static Response post(String id, String action, String token, String body) {
        var request = given().auth().oauth2(token);
        if (body != null) {
            request = request.contentType(ContentType.JSON).body(body);
        }
        return request.post("/api/v1/tasks/" + id + "/" + action);
    }

    private static String department(ConsumerRecord<String, byte[]> record) {
        String json = new String(record.value(), StandardCharsets.UTF_8);
        int at = json.indexOf("\"department\":\"") + "\"department\":\"".length();
        return json.substring(at, json.indexOf('"', at));
    }
}
