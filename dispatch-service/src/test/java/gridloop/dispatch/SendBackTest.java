package gridloop.dispatch;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gridloop.events.Actor;
import gridloop.events.AppealResolved;
import gridloop.testkit.MovableClock;
import gridloop.testkit.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Send-back (退回): a department answers "not ours", the task waits in the operators' queue, an operator routes it
 * to another department, and a second send-back makes the appeal disputed.
 */
@QuarkusTest
class SendBackTest {

    private static final String SENT_BACK = "gridloop.appeal.sent-back.v1";
    private static final String PUBLIC_SECURITY = "public-security-1";

    @Inject
    MovableClock clock;

    @Test
    void aSendBackRoundTripToASecondDepartmentEndsDisputed() {
        String id = escalated(29.588, 106.218, "HOUSING");

        sendBack(id, Tokens.of(PUBLIC_SECURITY), "NOT_OUR_JURISDICTION").then().statusCode(404);
        sendBack(id, Tokens.of(Tokens.OPERATOR), "NOT_OUR_JURISDICTION").then().statusCode(403);
        sendBack(id, Tokens.of(Tokens.HOUSING), "NOT_A_REASON").then().statusCode(400)
                .contentType("application/problem+json");
        sendBack(id, Tokens.of(Tokens.HOUSING), "NOT_OUR_JURISDICTION").then().statusCode(200)
                .body("status", equalTo("ASSIGNED")).body("queue", equalTo("OPERATORS"))
                .body("department", nullValue()).body("sendBacks", equalTo(1)).body("disputed", equalTo(false));
        // It is no longer the housing department's: a second answer from it finds nothing.
        sendBack(id, Tokens.of(Tokens.HOUSING), "NOT_OUR_JURISDICTION").then().statusCode(404);

        // The operator routes it to another department, which sends it back too: disputed.
        escalate(id, "PUBLIC_SECURITY").then().statusCode(200).body("queue", nullValue())
                .body("department", equalTo("PUBLIC_SECURITY"));
        sendBack(id, Tokens.of(PUBLIC_SECURITY), "NEEDS_ANOTHER_DEPARTMENT").then().statusCode(200)
                .body("sendBacks", equalTo(2)).body("disputed", equalTo(true));

        List<String> payloads = sentBack(id, DispatchFlowTest.dispatchedWhenQuiet());
        assertEquals(2, payloads.size(), "one event per send-back");
        assertTrue(payloads.get(0).contains("\"department\":\"HOUSING\"") && payloads.get(0).contains("\"disputed\":false")
                && payloads.get(0).contains("\"reason\":\"NOT_OUR_JURISDICTION\""), payloads.get(0));
        assertTrue(payloads.get(1).contains("\"department\":\"PUBLIC_SECURITY\"")
                && payloads.get(1).contains("\"disputed\":true") && payloads.get(1).contains("\"sendBacks\":2"),
                payloads.get(1));
    }

    @Test
    void aResolvedTaskCannotBeSentBack() {
        String id = escalated(29.589, 106.219, "HOUSING");
        DispatchFlowTest.kafka().sendEvent(new AppealResolved(UUID.fromString(id), "Wall repaired", List.of(),
                "Housing Department", 1, new Actor("department", "housing-1"), clock.instant()));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(Tokens.of(Tokens.OPERATOR))
                .get("/api/v1/tasks/" + id).then().body("status", equalTo("RESOLVED")));
        sendBack(id, Tokens.of(Tokens.HOUSING), "WRONG_CATEGORY").then().statusCode(409)
                .contentType("application/problem+json");
        assertEquals(List.of(), sentBack(id, DispatchFlowTest.dispatchedWhenQuiet()));
    }

    /**
     * Sent back as the wrong category, the operator corrects it and the assignment runs again: back to the grid's
     * worker for an ordinary category, straight to the department for a "department first" one.
     */
    @Test
    void aWrongCategoryIsCorrectedAndAssignedAgain() {
        String toGrid = escalated(29.5885, 106.2185, "HOUSING");
        recategorize(toGrid, Tokens.of(Tokens.OPERATOR), "SANITATION").then().statusCode(409)
                .contentType("application/problem+json");
        sendBack(toGrid, Tokens.of(Tokens.HOUSING), "WRONG_CATEGORY").then().statusCode(200)
                .body("queue", equalTo("OPERATORS"));
        recategorize(toGrid, Tokens.of(Tokens.HOUSING), "SANITATION").then().statusCode(403);
        recategorize(toGrid, Tokens.of(Tokens.OPERATOR), "NOT_A_CATEGORY").then().statusCode(422)
                .contentType("application/problem+json").body("violations[0].field", equalTo("category"));
        recategorize(toGrid, Tokens.of(Tokens.OPERATOR), "FACILITY_DAMAGE").then().statusCode(409);
        recategorize(toGrid, Tokens.of(Tokens.OPERATOR), "SANITATION").then().statusCode(200)
                .body("category", equalTo("SANITATION")).body("status", equalTo("ASSIGNED"))
                .body("queue", nullValue()).body("assigneeId", notNullValue()).body("department", nullValue());

        String toDepartment = escalated(29.5886, 106.2186, "HOUSING");
        sendBack(toDepartment, Tokens.of(Tokens.HOUSING), "WRONG_CATEGORY").then().statusCode(200);
        recategorize(toDepartment, Tokens.of(Tokens.OPERATOR), "FIRE_HAZARD").then().statusCode(200)
                .body("category", equalTo("FIRE_HAZARD")).body("status", equalTo("ESCALATED"))
                .body("department", equalTo("FIRE_SAFETY"));

        List<ConsumerRecord<String, byte[]>> records = DispatchFlowTest.dispatchedWhenQuiet();
        List<String> changed = DepartmentTasks.ofType(toGrid, records, "gridloop.appeal.recategorized.v1").stream()
                .map(r -> new String(r.value(), StandardCharsets.UTF_8)).toList();
        assertEquals(1, changed.size(), changed.toString());
        assertTrue(changed.get(0).contains("\"previousCategory\":\"FACILITY_DAMAGE\"")
                && changed.get(0).contains("\"category\":\"SANITATION\""), changed.get(0));
        assertEquals(1, DepartmentTasks.ofType(toGrid, records, "gridloop.appeal.reassigned.v1").size());
        List<String> escalations = DepartmentTasks.ofType(toDepartment, records, "gridloop.appeal.escalated.v1").stream()
                .map(r -> new String(r.value(), StandardCharsets.UTF_8)).toList();
        assertEquals(2, escalations.size(), "to housing, then to fire safety: " + escalations);
        assertTrue(escalations.get(1).contains("\"department\":\"FIRE_SAFETY\"")
                && escalations.get(1).contains("\"automatic\":true"), escalations.get(1));
    }

    private static Response recategorize(String id, String token, String category) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"category\": \"" + category + "\", \"reason\": \"Sent back as the wrong category\"}")
                .post("/api/v1/tasks/" + id + "/recategorize");
    }

    private String escalated(double lat, double lon, String department) {
        String id = DepartmentTasks.assigned(lat, lon, clock.instant());
        escalate(id, department).then().statusCode(200);
        return id;
    }

    private static Response escalate(String id, String department) {
        return given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).contentType(ContentType.JSON)
                .body("{\"department\": \"" + department + "\", \"reason\": \"Routed by the command centre\"}")
                .post("/api/v1/tasks/" + id + "/escalate");
    }

    private static Response sendBack(String id, String token, String reason) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"reason\": \"" + reason + "\", \"note\": \"Not a matter for us\"}")
                .post("/api/v1/tasks/" + id + "/send-back");
    }

    /** The appeal's send-back events in order, each checked against the AsyncAPI document. */
    private static List<String> sentBack(String id, List<ConsumerRecord<String, byte[]>> records) {
        return DepartmentTasks.ofType(id, records, SENT_BACK).stream()
                .map(r -> new String(r.value(), StandardCharsets.UTF_8)).toList();
    }
}
