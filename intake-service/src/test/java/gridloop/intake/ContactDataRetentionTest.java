package gridloop.intake;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gridloop.events.Actor;
import gridloop.events.AppealClosed;
import gridloop.intake.retention.ContactDataRetention;
import gridloop.testkit.GridLoopTestInfrastructure;
import gridloop.testkit.MovableClock;
import gridloop.testkit.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A reporter's name and phone are erased 180 days after the appeal became final, and nothing else changes: not
 * the appeal the resident sees, not an open appeal of the same reporter, and nothing is published (the evaluation,
 * computed from events only, cannot move).
 */
@QuarkusTest
class ContactDataRetentionTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    @Inject
    MovableClock clock;

    @Inject
    ContactDataRetention retention;

    @Inject
    Pool pool;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void nameAndPhoneOfAFinalAppealAreErasedAfterTheRetentionAndNothingElseChanges() {
        String phone = String.format("139%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        String withdrawn = submit(phone);
        given().auth().oauth2(Tokens.of(Tokens.RESIDENT)).post("/api/v1/appeals/" + withdrawn + "/withdraw")
                .then().statusCode(200);
        String closed = submit(phone);
        GridLoopTestInfrastructure.current().kafka().sendEvent(new AppealClosed(UUID.fromString(closed), "RESIDENT",
                Actor.system("feedback"), clock.instant()));
        await().atMost(TIMEOUT).untilAsserted(() -> given().auth().oauth2(Tokens.of(Tokens.RESIDENT))
                .get("/api/v1/appeals/" + closed).then().statusCode(200).body("status", equalTo("CLOSED")));
        String open = submit(phone);
        Map<String, Object> closedAsSeen = view(closed);
        Map<String, Long> published = published(List.of(withdrawn, closed, open));

        // Not yet: the retention has not passed.
        retention.eraseDue().await().atMost(TIMEOUT);
        for (String id : List.of(withdrawn, closed, open)) {
            assertEquals(phone, contact(id).getString("reporter_phone"), id);
        }

        clock.advance(Duration.ofDays(181));
        assertTrue(retention.eraseDue().await().atMost(TIMEOUT) >= 2, "the two final appeals at least");

        for (String id : List.of(withdrawn, closed)) {
            Row row = contact(id);
            assertNull(row.getString("reporter_name"), id);
            assertNull(row.getString("reporter_phone"), id);
            assertNotNull(row.getOffsetDateTime("reporter_contact_erased_at"), id);
        }
        Row stillOpen = contact(open);
        assertEquals(phone, stillOpen.getString("reporter_phone"), "an open appeal keeps its contact data");
        assertEquals("Wang Fang", stillOpen.getString("reporter_name"));
        assertNull(stillOpen.getOffsetDateTime("reporter_contact_erased_at"));

        assertEquals(closedAsSeen, view(closed), "the appeal, its status and timeline are as they were");
        assertEquals(List.of(open), given().auth().oauth2(Tokens.of(Tokens.HOTLINE)).queryParam("reporter", phone)
                .get("/api/v1/appeals").then().statusCode(200).extract().jsonPath().getList("items.id"));
        assertEquals(published, published(List.of(withdrawn, closed, open)), "the erasure published nothing");
        assertEquals(0L, retention.eraseDue().await().atMost(TIMEOUT), "a second run finds nothing left to erase");
    }

    private static String submit(String phone) {
        return given().auth().oauth2(Tokens.of(Tokens.RESIDENT)).contentType(ContentType.JSON)
                .body(AppealApiTest.appealJson("\"Broken bench\"", phone))
                .post("/api/v1/appeals").then().statusCode(202).extract().path("id");
    }

    private static Map<String, Object> view(String id) {
        return given().auth().oauth2(Tokens.of(Tokens.RESIDENT)).get("/api/v1/appeals/" + id).then().statusCode(200)
                .extract().jsonPath().getMap("");
    }

    private Row contact(String id) {
        return pool.preparedQuery("select reporter_name, reporter_phone, reporter_contact_erased_at from appeal where id = $1")
                .execute(Tuple.of(UUID.fromString(id))).await().atMost(TIMEOUT).iterator().next();
    }

    /** Outbox rows per appeal: every event intake ever published for it stays there (until pruned, days later). */
    private Map<String, Long> published(List<String> ids) {
        Map<String, Long> counts = new TreeMap<>();
        for (String id : ids) {
            counts.put(id, pool.preparedQuery("select count(*) from outbox_event where message_key = $1")
                    .execute(Tuple.of(id)).await().atMost(TIMEOUT).iterator().next().getLong(0));
        }
        return counts;
    }
}
