package gridloop.systemtest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import gridloop.testkit.Tokens;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The departments' paths of "grid whistle-blowing, department reporting" across the three services, through REST
 * only: a send-back and its re-routing, co-handling closed by the lead, and an operator's merge of a duplicate.
 * (Report-in is in {@link ClosedLoopSystemIT}.)
 */
class DepartmentPathsSystemIT {

    private static final String PUBLIC_SECURITY = "public-security-1";
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static RunningSystem system;

    @BeforeAll
    static void startSystem() {
        system = RunningSystem.shared();
    }

    @Test
    void aSentBackAppealIsRoutedToAnotherDepartmentWhichClosesIt() {
        String id = submittedAndAssigned("Water dripping through the ceiling of the bike shed");
        as(system.dispatch.url(), Tokens.OPERATOR).contentType(ContentType.JSON)
                .body("{\"department\": \"HOUSING\", \"reason\": \"A roof leak\"}")
                .post("/api/v1/tasks/" + id + "/escalate").then().statusCode(200);
        // Feedback has the escalation: the appeal is the housing department's there too.
        await().atMost(WAIT).untilAsserted(() -> as(system.feedback.url(), Tokens.HOUSING)
                .get("/api/v1/appeals/" + id + "/feedback").then().statusCode(200));
        as(system.dispatch.url(), Tokens.HOUSING).contentType(ContentType.JSON)
                .body("{\"reason\": \"NEEDS_ANOTHER_DEPARTMENT\", \"note\": \"The shed belongs to the police station\"}")
                .post("/api/v1/tasks/" + id + "/send-back").then().statusCode(200).body("queue", equalTo("OPERATORS"));
        await().atMost(WAIT).untilAsserted(() -> as(system.intake.url(), Tokens.RESIDENT).get("/api/v1/appeals/" + id)
                .then().statusCode(200).body("status", equalTo("ASSIGNED"))
                .body("timeline.type", hasItem("gridloop.appeal.sent-back.v1")));
        // Once feedback has the send-back, the appeal is no longer the housing department's: not to read, nor close.
        await().atMost(WAIT).untilAsserted(() -> as(system.feedback.url(), Tokens.HOUSING)
                .get("/api/v1/appeals/" + id + "/feedback").then().statusCode(404));
        as(system.feedback.url(), Tokens.HOUSING).contentType(ContentType.JSON).body("{\"resolution\": \"done\"}")
                .post("/api/v1/appeals/" + id + "/closure").then().statusCode(404);

        as(system.dispatch.url(), Tokens.OPERATOR).contentType(ContentType.JSON)
                .body("{\"department\": \"PUBLIC_SECURITY\", \"reason\": \"Their building\"}")
                .post("/api/v1/tasks/" + id + "/escalate").then().statusCode(200);
        as(system.dispatch.url(), PUBLIC_SECURITY).post("/api/v1/tasks/" + id + "/report-in").then().statusCode(200);
        closeAndRate(id, PUBLIC_SECURITY, "The station's caretaker sealed the roof");
    }

    @Test
    void aCoHandledAppealIsClosedByTheLeadNotByTheAssistingDepartment() {
        String id = submittedAndAssigned("Loose panels on the facade above the pavement");
        as(system.dispatch.url(), Tokens.OPERATOR).contentType(ContentType.JSON)
                .body("{\"lead\": \"HOUSING\", \"assisting\": [\"PUBLIC_SECURITY\"], \"reason\": \"Repair and cordon\"}")
                .post("/api/v1/tasks/" + id + "/co-handle").then().statusCode(200);
        as(system.dispatch.url(), PUBLIC_SECURITY).post("/api/v1/tasks/" + id + "/report-in").then().statusCode(200);
        as(system.dispatch.url(), PUBLIC_SECURITY).contentType(ContentType.JSON)
                .body("{\"summary\": \"Cordoned off the pavement\"}").post("/api/v1/tasks/" + id + "/part")
                .then().statusCode(200);
        await().atMost(WAIT).untilAsserted(() -> as(system.intake.url(), Tokens.RESIDENT).get("/api/v1/appeals/" + id)
                .then().statusCode(200).body("status", equalTo("ESCALATED"))
                .body("timeline.type", hasItems("gridloop.appeal.co-handled.v1", "gridloop.appeal.part-reported.v1")));
        await().atMost(WAIT).untilAsserted(() -> as(system.feedback.url(), Tokens.OPERATOR)
                .get("/api/v1/appeals/" + id + "/feedback").then().statusCode(200).body("status", equalTo("ESCALATED")));
        as(system.feedback.url(), PUBLIC_SECURITY).contentType(ContentType.JSON).body("{\"resolution\": \"done\"}")
                .post("/api/v1/appeals/" + id + "/closure").then().statusCode(404);
        closeAndRate(id, Tokens.HOUSING, "Panels refixed");
    }

    /**
     * The duplicate's reporter and its supporter follow the original; its reporter rates the original's closure
     * (not fixable, and why), and the duplicate closes with it.
     */
    @Test
    void anOperatorMergesADuplicateWhoseReporterFollowsAndRatesTheOriginal() {
        String original = submittedAndAssigned("Broken streetlight at the school gate");
        String duplicate = submittedAndAssigned(Tokens.OTHER_RESIDENT, "The streetlight at the school gate is out");
        as(system.intake.url(), Tokens.THIRD_RESIDENT).post("/api/v1/appeals/" + duplicate + "/supporters").then()
                .statusCode(200);
        String reference = as(system.dispatch.url(), Tokens.OPERATOR).get("/api/v1/tasks/" + original).then()
                .extract().path("reference");
        as(system.dispatch.url(), Tokens.OPERATOR).contentType(ContentType.JSON)
                .body("{\"reason\": \"DUPLICATE\", \"duplicateOf\": \"" + original + "\", \"note\": \"Follow it there\"}")
                .post("/api/v1/tasks/" + duplicate + "/reject").then().statusCode(200);
        await().atMost(WAIT).untilAsserted(() -> as(system.intake.url(), Tokens.OTHER_RESIDENT)
                .get("/api/v1/appeals/" + duplicate).then().statusCode(200).body("status", equalTo("REJECTED"))
                .body("mergedInto", equalTo(original))
                .body("timeline.find { it.type == 'gridloop.appeal.rejected.v1' }.text",
                        equalTo("不予受理：重复诉求（与诉求 " + reference + " 重复，请关注原诉求）（Follow it there）")));
        await().atMost(WAIT).untilAsserted(() -> as(system.feedback.url(), Tokens.OPERATOR)
                .get("/api/v1/appeals/" + duplicate + "/feedback").then().statusCode(200)
                .body("status", equalTo("REJECTED")));
        for (String follower : new String[] {Tokens.RESIDENT, Tokens.OTHER_RESIDENT, Tokens.THIRD_RESIDENT}) {
            as(system.intake.url(), follower).get("/api/v1/appeals/" + original).then().statusCode(200)
                    .body("status", equalTo("ASSIGNED"));
        }

        // Feedback hears of the original's assignment and of the merge on partitions of their own: wait for both.
        await().atMost(WAIT).untilAsserted(() -> as(system.feedback.url(), Tokens.OPERATOR).contentType(ContentType.JSON)
                .body("{\"resolution\": \"Reported to the power company\", \"outcome\": \"NOT_FIXABLE\","
                        + " \"outcomeReason\": \"The cable is the power company's\"}")
                .post("/api/v1/appeals/" + original + "/closure").then().statusCode(200));
        await().atMost(WAIT).untilAsserted(() -> as(system.feedback.url(), Tokens.OTHER_RESIDENT)
                .contentType(ContentType.JSON).body("{\"satisfaction\": 3, \"resolved\": true}")
                .post("/api/v1/appeals/" + original + "/rating").then().statusCode(200).body("status", equalTo("CLOSED")));
        await().atMost(WAIT).untilAsserted(() -> as(system.intake.url(), Tokens.THIRD_RESIDENT)
                .get("/api/v1/appeals/" + original).then().statusCode(200).body("status", equalTo("CLOSED"))
                .body("timeline.text", hasItem("无法解决（The cable is the power company's）："
                        + "Reported to the power company")));
        await().atMost(WAIT).untilAsserted(() -> as(system.intake.url(), Tokens.OTHER_RESIDENT)
                .get("/api/v1/appeals/" + duplicate).then().statusCode(200).body("status", equalTo("CLOSED"))
                .body("timeline.text", hasItem("已随原诉求 " + reference + " 一并结案（本诉求与其重复）")));
    }

    private static String submittedAndAssigned(String description) {
        return submittedAndAssigned(Tokens.RESIDENT, description);
    }

    private static String submittedAndAssigned(String resident, String description) {
        String id = as(system.intake.url(), resident).contentType(ContentType.JSON).body("""
                        {"category": "FACILITY_DAMAGE", "description": "%s",
                         "location": {"latitude": 29.597, "longitude": 106.223, "address": "Hualong Community"}}
                        """.formatted(description))
                .post("/api/v1/appeals").then().statusCode(202).extract().path("id");
        await().atMost(WAIT).untilAsserted(() -> as(system.intake.url(), resident).get("/api/v1/appeals/" + id)
                .then().statusCode(200).body("status", equalTo("ASSIGNED")));
        return id;
    }

    /** The department reports the closure (once feedback knows it has the appeal), the resident rates: CLOSED. */
    private static void closeAndRate(String id, String department, String resolution) {
        await().atMost(WAIT).untilAsserted(() -> as(system.feedback.url(), department).contentType(ContentType.JSON)
                .body("{\"resolution\": \"" + resolution + "\"}").post("/api/v1/appeals/" + id + "/closure")
                .then().statusCode(200));
        await().atMost(WAIT).untilAsserted(() -> as(system.feedback.url(), Tokens.RESIDENT).contentType(ContentType.JSON)
                .body("{\"satisfaction\": 5, \"resolved\": true}").post("/api/v1/appeals/" + id + "/rating")
                .then().statusCode(200).body("status", equalTo("CLOSED")));
        await().atMost(WAIT).untilAsserted(() -> as(system.intake.url(), Tokens.RESIDENT).get("/api/v1/appeals/" + id)
                .then().statusCode(200).body("status", equalTo("CLOSED")));
    }

    private static RequestSpecification as(String baseUri, String user) {
        return given().baseUri(baseUri).auth().oauth2(system.token(user));
    }
}
