package gridloop.systemtest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import gridloop.testkit.Tokens;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The broken-object-level-authorisation cases of issue #14, each on its own: a right token for somebody
 * else's object is 404 (its existence does not leak), the wrong role 403, and nothing changes.
 */
class OwnDataOnlySystemIT {

    private static final String CHEN = Tokens.RESIDENT;
    private static final String WANG = Tokens.OTHER_RESIDENT;
    private static final String PHONE = "13800000000";
    private static RunningSystem system;

    @BeforeAll
    static void startSystem() {
        system = RunningSystem.shared();
    }

    @Test
    void aStrangersAppealsCannotBeListedByPhoneNumber() {
        String id = submitAsChen("Stranger lookup");
        as(WANG, system.intake.url()).queryParam("reporter", PHONE).get("/api/v1/appeals").then().statusCode(403);
        as(CHEN, system.intake.url()).queryParam("reporter", PHONE).get("/api/v1/appeals").then().statusCode(403);
        as(Tokens.HOTLINE, system.intake.url()).queryParam("reporter", PHONE).get("/api/v1/appeals").then()
                .statusCode(200).body("items.id", hasItem(id));
        // Residents have their own list, and another resident's appeal is not in it, nor readable.
        as(CHEN, system.intake.url()).get("/api/v1/appeals/mine").then().statusCode(200).body("items.id", hasItem(id));
        as(WANG, system.intake.url()).get("/api/v1/appeals/mine").then().statusCode(200).body("items.id", not(hasItem(id)));
        as(WANG, system.intake.url()).get("/api/v1/appeals/" + id).then().statusCode(404);
    }

    @Test
    void anotherResidentCannotWithdrawAnAppeal() {
        String id = submitAsChen("Withdraw attempt");
        given().baseUri(system.intake.url()).post("/api/v1/appeals/" + id + "/withdraw").then().statusCode(401);
        as(WANG, system.intake.url()).post("/api/v1/appeals/" + id + "/withdraw").then().statusCode(404);
        as(Tokens.OPERATOR, system.intake.url()).post("/api/v1/appeals/" + id + "/withdraw").then().statusCode(403);
        as(CHEN, system.intake.url()).get("/api/v1/appeals/" + id).then().statusCode(200)
                .body("status", not(equalTo("WITHDRAWN")));
    }

    @Test
    void anotherResidentCannotRateAnAppealAndSoCannotCloseOrReopenIt() {
        String id = submitAsChen("Rating attempt");
        String worker = assigneeOf(id);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(worker, system.feedback.url())
                .contentType(ContentType.JSON).body("{\"resolution\": \"Fixed\", \"handledBy\": \"Somebody Else\"}")
                .post("/api/v1/appeals/" + id + "/closure").then().statusCode(200));
        for (String resolved : new String[] {"true", "false"}) {
            as(WANG, system.feedback.url()).contentType(ContentType.JSON)
                    .body("{\"satisfaction\": 5, \"resolved\": " + resolved + "}")
                    .post("/api/v1/appeals/" + id + "/rating").then().statusCode(404);
        }
        as(Tokens.OPERATOR, system.feedback.url()).contentType(ContentType.JSON).body("{\"satisfaction\": 5, \"resolved\": true}")
                .post("/api/v1/appeals/" + id + "/rating").then().statusCode(403);
        // Still waiting for its reporter's verdict. Feedback knows the reporter once intake's submitted event is in
        // (its own topic, which may trail dispatch's).
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(CHEN, system.feedback.url())
                .get("/api/v1/appeals/" + id + "/feedback").then().statusCode(200).body("status", equalTo("RESOLVED")));
        as(CHEN, system.feedback.url()).contentType(ContentType.JSON).body("{\"satisfaction\": 4, \"resolved\": true}")
                .post("/api/v1/appeals/" + id + "/rating").then().statusCode(200).body("status", equalTo("CLOSED"));
    }

    @Test
    void aWorkerCannotActOnAnotherWorkersTaskNorMoveIt() {
        String id = submitAsChen("Task of another worker");
        String assignee = assigneeOf(id);
        String otherWorker = "w-lianhua-g1-1";
        as(otherWorker, system.dispatch.url()).get("/api/v1/tasks/" + id).then().statusCode(404);
        as(otherWorker, system.dispatch.url()).post("/api/v1/tasks/" + id + "/accept").then().statusCode(404);
        as(otherWorker, system.dispatch.url()).contentType(ContentType.JSON)
                .body("{\"department\": \"HOUSING\", \"reason\": \"Not mine\"}")
                .post("/api/v1/tasks/" + id + "/escalate").then().statusCode(404);
        as(Tokens.HOUSING, system.dispatch.url()).post("/api/v1/tasks/" + id + "/accept").then().statusCode(404);
        as(assignee, system.dispatch.url()).contentType(ContentType.JSON)
                .body("{\"gridId\": \"hualong-g2\", \"reason\": \"Let me move it\"}")
                .post("/api/v1/tasks/" + id + "/reassign").then().statusCode(403);
        as(assignee, system.dispatch.url()).get("/api/v1/tasks/" + id).then().statusCode(200)
                .body("status", equalTo("ASSIGNED"));
        // Escalated, the department may act on it too; the assignee still may.
        as(assignee, system.dispatch.url()).contentType(ContentType.JSON)
                .body("{\"department\": \"HOUSING\", \"reason\": \"Needs the housing office\"}")
                .post("/api/v1/tasks/" + id + "/escalate").then().statusCode(200);
        as(Tokens.HOUSING, system.dispatch.url()).post("/api/v1/tasks/" + id + "/accept").then().statusCode(200);
        as("public-security-1", system.dispatch.url()).get("/api/v1/tasks/" + id).then().statusCode(404);
    }

    @Test
    void aWorkerPagesOnlyThroughItsOwnQueue() {
        String id = submitAsChen("Queue paging");
        String assignee = assigneeOf(id);
        as(assignee, system.dispatch.url()).queryParam("size", 200).get("/api/v1/tasks").then().statusCode(200)
                .body("items.appealId", hasItem(id)).body("items.assigneeId", everyItem(equalTo(assignee)));
        as(assignee, system.dispatch.url()).queryParam("assignee", "w-hualong-g2-1").get("/api/v1/tasks").then()
                .statusCode(403);
        as(assignee, system.dispatch.url()).queryParam("department", "HOUSING").get("/api/v1/tasks").then()
                .statusCode(403);
        as(CHEN, system.dispatch.url()).get("/api/v1/tasks").then().statusCode(403);
    }

    @Test
    void onlyOperatorsReplaceTheDistrictMap() {
        String map = given().baseUri(system.dispatch.url()).get("/api/v1/grids").then().statusCode(200)
                .extract().asString();
        for (String caller : new String[] {CHEN, "w-hualong-g1-1", Tokens.HOUSING, Tokens.HOTLINE}) {
            as(caller, system.dispatch.url()).contentType(ContentType.JSON)
                    .body("{\"type\": \"FeatureCollection\", \"features\": []}").put("/api/v1/grids").then().statusCode(403);
        }
        given().baseUri(system.dispatch.url()).contentType(ContentType.JSON)
                .body("{\"type\": \"FeatureCollection\", \"features\": []}").put("/api/v1/grids").then().statusCode(401);
        given().baseUri(system.dispatch.url()).get("/api/v1/grids").then().statusCode(200).body(equalTo(map));
        given().baseUri(system.dispatch.url()).queryParam("lat", 29.597).queryParam("lon", 106.223)
                .get("/api/v1/grids/locate").then().statusCode(200);
    }

    private static String submitAsChen(String description) {
        return as(CHEN, system.intake.url()).contentType(ContentType.JSON).body("""
                {"category": "FACILITY_DAMAGE", "description": "%s",
                 "location": {"latitude": 29.597, "longitude": 106.223}, "reporter": {"phone": "%s"}}
                """.formatted(description, PHONE)).post("/api/v1/appeals").then().statusCode(202).extract().path("id");
    }

    /** The worker dispatch gave the appeal to, once it has (read as an operator). */
    private static String assigneeOf(String id) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(Tokens.OPERATOR, system.dispatch.url())
                .get("/api/v1/tasks/" + id).then().statusCode(200).body("assigneeId", notNullValue()));
        return as(Tokens.OPERATOR, system.dispatch.url()).get("/api/v1/tasks/" + id).then().extract().path("assigneeId");
    }

    private static RequestSpecification as(String username, String baseUri) {
        return given().baseUri(baseUri).auth().oauth2(system.token(username));
    }
}
