package gridloop.intake.returnvisit;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gridloop.events.Actor;
import gridloop.events.AppealRated;
import gridloop.events.AppealResolved;
import gridloop.testkit.GridLoopTestInfrastructure;
import gridloop.testkit.MovableClock;
import gridloop.testkit.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The return visit (回访) on the movable clock, the real broker and database: a reminder 24 h after an unrated closure
 * report, the queue after the category's wait, a hotline caller at once; the agents' calls and who may see the queue.
 */
@QuarkusTest
@QuarkusTestResource(GridLoopTestInfrastructure.class)
class ReturnVisitTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    MovableClock clock;

    @Inject
    ReturnVisitService visits;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aSilentResidentIsRemindedThenCalledAndLeavesTheQueueAfterThreeUnansweredCalls() throws Throwable {
        String phone = phone();
        String id = submit(Tokens.RESIDENT, phone, "APP");
        resolve(id);

        clock.advance(Duration.ofHours(23));
        run(visits::remindDue);
        assertTrue(inboxKinds(id).isEmpty() || !inboxKinds(id).contains("RATE_REMINDER"));
        clock.advance(Duration.ofHours(2));
        assertTrue(run(visits::remindDue) >= 1);
        assertTrue(inboxKinds(id).contains("RATE_REMINDER"), inboxKinds(id).toString());
        run(visits::remindDue);
        assertEquals(1, inboxKinds(id).stream().filter("RATE_REMINDER"::equals).count(), "reminded once");

        clock.advance(Duration.ofHours(47));
        run(visits::enterDue);
        queue(Tokens.HOTLINE).then().body("items.appealId", not(hasItem(id)));
        clock.advance(Duration.ofHours(2));
        assertTrue(run(visits::enterDue) >= 1);
        queue(Tokens.HOTLINE).then().statusCode(200)
                .body("items.find { it.appealId == '" + id + "' }.reporterPhone", equalTo(phone))
                .body("items.find { it.appealId == '" + id + "' }.noAnswers", equalTo(0));
        queue(Tokens.OPERATOR).then().statusCode(200);
        queue(Tokens.RESIDENT).then().statusCode(403);
        queue("w-hualong-g1-1").then().statusCode(403);
        assertTrue(contactReads(id) >= 1, "the phone's listing is recorded as a read");

        call(id, "{\"outcome\": \"NO_ANSWER\"}").then().statusCode(200).body("inQueue", equalTo(true))
                .body("noAnswers", equalTo(1));
        call(id, "{\"outcome\": \"NO_ANSWER\"}").then().statusCode(200).body("inQueue", equalTo(true));
        call(id, "{\"outcome\": \"NO_ANSWER\"}").then().statusCode(200).body("inQueue", equalTo(false))
                .body("noAnswers", equalTo(3));
        queue(Tokens.HOTLINE).then().body("items.appealId", not(hasItem(id)));
        call(id, "{\"outcome\": \"NO_ANSWER\"}").then().statusCode(404);
    }

    @Test
    void aHotlineCallerIsCalledBackAtOnceAndRefusingOrRatingEndsIt() throws Throwable {
        String refuses = submit(Tokens.HOTLINE, phone(), "HOTLINE");
        String rates = submit(Tokens.HOTLINE, phone(), "HOTLINE");
        String reached = submit(Tokens.HOTLINE, phone(), "HOTLINE");
        for (String id : List.of(refuses, rates, reached)) {
            resolve(id);
        }
        run(visits::enterDue);
        queue(Tokens.HOTLINE).then().body("items.appealId", hasItem(refuses)).body("items.appealId", hasItem(rates));

        call(refuses, "{\"outcome\": \"REFUSED\"}").then().statusCode(200).body("inQueue", equalTo(false));
        GridLoopTestInfrastructure.current().kafka().sendEvent(new AppealRated(UUID.fromString(rates), 5, true, null, 1,
                new Actor("resident", "p-x"), clock.instant(), AppealRated.LINK));
        await().atMost(WAIT).untilAsserted(() -> queue(Tokens.HOTLINE).then()
                .body("items.appealId", not(hasItem(rates))).body("items.appealId", not(hasItem(refuses))));

        // A verdict is needed to record a reached resident; and with feedback away nothing is written.
        call(reached, "{\"outcome\": \"REACHED\"}").then().statusCode(400);
        call(reached, "{\"outcome\": \"REACHED\", \"satisfaction\": 4, \"resolved\": true}").then().statusCode(503);
        queue(Tokens.HOTLINE).then().body("items.appealId", hasItem(reached));
    }

    private void resolve(String id) {
        GridLoopTestInfrastructure.current().kafka().sendEvent(new AppealResolved(UUID.fromString(id), "Fixed the lamp",
                List.of(), "Zhao Qiang", 1, new Actor("grid-worker", "w-hualong-g1-1"), clock.instant()));
        await().atMost(WAIT).untilAsserted(() -> assertEquals("RESOLVED", status(id)));
    }

    private static String status(String id) throws Exception {
        try (Connection db = GridLoopTestInfrastructure.current().postgres().connect(GridLoopTestInfrastructure.DATABASE);
             PreparedStatement query = db.prepareStatement("select status from appeal where id = ?")) {
            query.setObject(1, UUID.fromString(id));
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    private static long contactReads(String id) throws Exception {
        try (Connection db = GridLoopTestInfrastructure.current().postgres().connect(GridLoopTestInfrastructure.DATABASE);
             PreparedStatement query = db.prepareStatement(
                     "select count(*) from contact_read where appeal_id = ? and purpose like 'return visit%'")) {
            query.setObject(1, UUID.fromString(id));
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static <T> T run(java.util.function.Supplier<io.smallrye.mutiny.Uni<T>> work) throws Throwable {
        return VertxContextSupport.subscribeAndAwait(work);
    }

    private static List<String> inboxKinds(String id) {
        return given().auth().oauth2(Tokens.of(Tokens.RESIDENT)).get("/api/v1/notifications?size=200").then()
                .statusCode(200).extract().path("items.findAll { it.appealId == '" + id + "' }.kind");
    }

    private static Response queue(String user) {
        return given().auth().oauth2(Tokens.of(user)).get("/api/v1/callbacks?size=200");
    }

    private static Response call(String id, String body) {
        return given().auth().oauth2(Tokens.of(Tokens.HOTLINE)).contentType(ContentType.JSON).body(body)
                .post("/api/v1/callbacks/" + id + "/calls");
    }

    private static String submit(String user, String phone, String channel) {
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON).body("""
                {"category": "FACILITY_DAMAGE", "description": "Street lamp out on Hualong Road",
                 "location": {"latitude": 29.5912, "longitude": 106.2231},
                 "reporter": {"name": "Li Ming", "phone": "%s"}, "channel": "%s"}""".formatted(phone, channel))
                .post("/api/v1/appeals").then().statusCode(202).extract().path("id");
    }

    private static String phone() {
        return String.format("136%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }
}
