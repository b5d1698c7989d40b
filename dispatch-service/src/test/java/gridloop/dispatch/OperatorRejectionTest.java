package gridloop.dispatch;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gridloop.testkit.MovableClock;
import gridloop.testkit.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** An operator rejects appeals: abusive ones, and duplicates merged into an original, with no chains or cycles. */
@QuarkusTest
class OperatorRejectionTest {

    private static final String REJECTED = "gridloop.appeal.rejected.v1";

    @Inject
    MovableClock clock;

    @Test
    void anAbusiveAppealIsRejectedWithTheNoteTheResidentSees() {
        String id = DepartmentTasks.assigned(29.590, 106.220, clock.instant());
        String assignee = given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).get("/api/v1/tasks/" + id).then()
                .extract().path("assigneeId");
        String grid = given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).get("/api/v1/tasks/" + id).then()
                .extract().path("gridId");
        int loadBefore = openTasks(grid, assignee);
        reject(id, Tokens.of(Tokens.HOUSING), "{\"reason\": \"ABUSIVE\", \"note\": \"Insults only\"}").then().statusCode(403);
        reject(id, Tokens.of(Tokens.OPERATOR), "{\"reason\": \"ABUSIVE\", \"note\": \"Insults, no problem described\"}")
                .then().statusCode(200).body("status", equalTo("REJECTED"));
        reject(id, Tokens.of(Tokens.OPERATOR), "{\"reason\": \"ABUSIVE\", \"note\": \"Again\"}").then().statusCode(409);
        assertEquals(loadBefore - 1, openTasks(grid, assignee), "the worker's load is freed");

        List<String> rejected = rejected(id);
        assertEquals(1, rejected.size());
        assertTrue(rejected.get(0).contains("\"reason\":\"ABUSIVE\"")
                && rejected.get(0).contains("\"detail\":\"Insults, no problem described\""), rejected.get(0));
    }

    @Test
    void aDuplicateIsMergedIntoAnOpenOriginalAndMergesNeverChainOrCycle() {
        String original = DepartmentTasks.assigned(29.591, 106.221, clock.instant());
        String duplicate = DepartmentTasks.assigned(29.5911, 106.2211, clock.instant());
        String third = DepartmentTasks.assigned(29.5912, 106.2212, clock.instant());
        String reference = given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).get("/api/v1/tasks/" + original)
                .then().extract().path("reference");

        reject(duplicate, Tokens.of(Tokens.OPERATOR), "{\"reason\": \"DUPLICATE\", \"note\": \"Seen before\"}")
                .then().statusCode(400).contentType("application/problem+json");
        reject(duplicate, Tokens.of(Tokens.OPERATOR), duplicateOf(duplicate)).then().statusCode(409);
        reject(duplicate, Tokens.of(Tokens.OPERATOR), duplicateOf(UUID.randomUUID().toString())).then().statusCode(422);
        reject(duplicate, Tokens.of(Tokens.OPERATOR), "{\"reason\": \"ABUSIVE\", \"duplicateOf\": \"" + original
                + "\", \"note\": \"Mixed up\"}").then().statusCode(400);

        reject(duplicate, Tokens.of(Tokens.OPERATOR), duplicateOf(original)).then().statusCode(200)
                .body("status", equalTo("REJECTED"));
        // Into a merged appeal: refused (merge into its original instead); so is the way back, into the duplicate.
        reject(third, Tokens.of(Tokens.OPERATOR), duplicateOf(duplicate)).then().statusCode(409);
        reject(original, Tokens.of(Tokens.OPERATOR), duplicateOf(duplicate)).then().statusCode(409);
        reject(third, Tokens.of(Tokens.OPERATOR), duplicateOf(original)).then().statusCode(200);

        List<String> rejected = rejected(duplicate);
        assertEquals(1, rejected.size());
        assertTrue(rejected.get(0).contains("\"reason\":\"DUPLICATE\"")
                && rejected.get(0).contains("\"detail\":\"Already reported\"")
                && rejected.get(0).contains("\"duplicateOfReference\":\"" + reference + "\"")
                && rejected.get(0).contains("\"duplicateOf\":\"" + original + "\""),
                rejected.get(0));
        given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).get("/api/v1/tasks/" + original).then()
                .body("status", equalTo("ASSIGNED"));
    }

    private static int openTasks(String grid, String worker) {
        return given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).get("/api/v1/grids/" + grid + "/workers").then()
                .statusCode(200).extract().path("find { it.id == '" + worker + "' }.openTasks");
    }

    private static String duplicateOf(String original) {
        return "{\"reason\": \"DUPLICATE\", \"duplicateOf\": \"" + original + "\", \"note\": \"Already reported\"}";
    }

    private static Response reject(String id, String token, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/v1/tasks/" + id + "/reject");
    }

    private static List<String> rejected(String id) {
        List<ConsumerRecord<String, byte[]>> records = DispatchFlowTest.dispatchedWhenQuiet();
        return DepartmentTasks.ofType(id, records, REJECTED).stream()
                .map(r -> new String(r.value(), StandardCharsets.UTF_8)).toList();
    }
}
