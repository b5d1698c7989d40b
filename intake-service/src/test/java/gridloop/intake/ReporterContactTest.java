package gridloop.intake;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import gridloop.events.Actor;
import gridloop.events.AppealAssigned;
import gridloop.events.AppealEscalated;
import gridloop.events.AppealReassigned;
import gridloop.events.GridUnit;
import gridloop.testkit.GridLoopTestInfrastructure;
import gridloop.testkit.KafkaTestClient;
import gridloop.testkit.MovableClock;
import gridloop.testkit.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The reporter's contact is read by the one who holds the task, while they hold it, with a purpose, and every read
 * is in the audit trail; the worker it moved away from, and everyone else, is told the appeal does not exist.
 */
@QuarkusTest
class ReporterContactTest {

    private static final String WORKER = "w-hualong-g1-1";
    private static final String NEXT_WORKER = "w-hualong-g2-1";

    @Inject
    MovableClock clock;

    @Test
    void onlyTheHolderReadsTheContactWhileItHoldsTheTaskAndEveryReadIsLogged() throws Exception {
        String id = given().auth().oauth2(Tokens.of(Tokens.RESIDENT)).contentType(ContentType.JSON)
                .body(AppealApiTest.appealJson("\"Broken lamp by the gate\"", "13700000042"))
                .post("/api/v1/appeals").then().statusCode(202).extract().path("id");
        UUID appealId = UUID.fromString(id);
        Instant t = clock.instant();
        KafkaTestClient kafka = GridLoopTestInfrastructure.current().kafka();
        kafka.sendEvent(new AppealAssigned(appealId, new GridUnit("biquan", "Biquan Street"),
                new GridUnit("hualong", "Hualong"), new GridUnit("hualong-g1", "Hualong Grid 1"), WORKER, "Zhao Qiang",
                null, t.plusSeconds(3600), t.plusSeconds(72 * 3600), Actor.system("test"), t.plusSeconds(1)));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> contact(id, WORKER, "call back to find the lamp")
                .then().statusCode(200).body("phone", equalTo("13700000042")).body("name", equalTo("Wang Fang"))
                .body("purpose", equalTo("call back to find the lamp")));
        given().auth().oauth2(Tokens.of(WORKER)).get("/api/v1/appeals/" + id + "/contact").then().statusCode(400);
        contact(id, NEXT_WORKER, "curious").then().statusCode(404);
        given().auth().oauth2(Tokens.of(Tokens.HOUSING)).queryParam("purpose", "curious")
                .get("/api/v1/appeals/" + id + "/contact").then().statusCode(404);
        given().auth().oauth2(Tokens.of(Tokens.OTHER_RESIDENT)).queryParam("purpose", "curious")
                .get("/api/v1/appeals/" + id + "/contact").then().statusCode(403);

        kafka.sendEvent(new AppealReassigned(appealId, new GridUnit("hualong-g2", "Hualong Grid 2"), WORKER, NEXT_WORKER,
                "Wu Yun", "Closer to the site", new Actor("operator", "operator-1"), t.plusSeconds(2)));
        kafka.sendEvent(new AppealEscalated(appealId, "HOUSING", "Housing Department", "A leak behind the wall", false,
                new Actor("grid-worker", NEXT_WORKER), t.plusSeconds(3)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> contact(id, NEXT_WORKER, "arrange a visit")
                .then().statusCode(200));
        contact(id, WORKER, "still curious").then().statusCode(404);
        given().auth().oauth2(Tokens.of(Tokens.HOUSING)).queryParam("purpose", "plan the repair")
                .get("/api/v1/appeals/" + id + "/contact").then().statusCode(200).body("phone", equalTo("13700000042"));

        assertEquals(List.of("grid-worker " + WORKER + ": call back to find the lamp",
                "grid-worker " + NEXT_WORKER + ": arrange a visit", "department HOUSING: plan the repair"), readsOf(appealId));
    }

    private static io.restassured.response.Response contact(String id, String worker, String purpose) {
        return given().auth().oauth2(Tokens.of(worker)).queryParam("purpose", purpose)
                .get("/api/v1/appeals/" + id + "/contact");
    }

    private static List<String> readsOf(UUID appealId) throws Exception {
        List<String> reads = new ArrayList<>();
        try (Connection db = GridLoopTestInfrastructure.current().postgres().connect(GridLoopTestInfrastructure.DATABASE);
             PreparedStatement query = db.prepareStatement(
                     "select reader_role, reader_id, purpose from contact_read where appeal_id = ? order by id")) {
            query.setObject(1, appealId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    reads.add(rows.getString(1) + " " + rows.getString(2) + ": " + rows.getString(3));
                }
            }
        }
        return reads;
    }
}
