package gridloop.systemtest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gridloop.testkit.Mailbox;
import gridloop.testkit.Tokens;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The resident is told across the services, on the real broker and mail server: an appeal with an e-mail address goes
 * from submission to closed, and the mailbox, read over IMAP, holds one message per step told (received, assigned,
 * reported fixed with "please rate" and its link, closed), each once; the link rates the appeal without signing in,
 * once (the second use is 410); the inbox says the same.
 */
class NotificationsSystemIT {

    private static RunningSystem system;

    @BeforeAll
    static void startSystem() {
        system = RunningSystem.shared();
    }

    @Test
    void aResidentIsMailedAtEveryStepOfTheLoopOnce() {
        String email = "chen-" + UUID.randomUUID() + "@example.cn";
        String phone = String.format("137%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        String id = given().baseUri(system.intake.url()).auth().oauth2(system.token(Tokens.RESIDENT))
                .header("Accept-Language", "en").contentType(ContentType.JSON).body("""
                        {"category": "FACILITY_DAMAGE", "description": "The outdoor table-tennis table is broken",
                         "location": {"latitude": 29.597, "longitude": 106.223, "address": "Hualong Community"},
                         "reporter": {"phone": "%s", "email": "%s"}}""".formatted(phone, email))
                .post("/api/v1/appeals").then().statusCode(202).extract().path("id");
        String worker = Handling.assignee(system, id);
        Handling.close(system, worker, id, "{\"resolution\": \"Replaced the table top\"}");
        // The "please rate" mail carries the link: the page, then the appeal and the token after the #.
        Mailbox mailbox = new Mailbox("127.0.0.1", system.mailServer.imapPort(), email);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertEquals(3, mailbox.messages().size()));
        String fixed = mailbox.messages().stream().map(Mailbox.Mail::text).filter(text -> text.contains("/rate#"))
                .findFirst().orElseThrow();
        java.util.regex.Matcher link = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(system.feedback.url())
                + "/rate#([0-9a-f-]{36})/(\\S+)").matcher(fixed);
        assertTrue(link.find(), fixed);
        assertEquals(id, link.group(1));
        String rating = "{\"token\": \"" + link.group(2) + "\", \"satisfaction\": 5, \"resolved\": true}";
        given().baseUri(system.feedback.url()).get("/rate").then().statusCode(200);
        given().baseUri(system.feedback.url()).contentType(ContentType.JSON).body(rating)
                .post("/api/v1/appeals/" + id + "/rating-by-link").then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("CLOSED"));
        given().baseUri(system.feedback.url()).contentType(ContentType.JSON).body(rating)
                .post("/api/v1/appeals/" + id + "/rating-by-link").then().statusCode(410);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertEquals(4, mailbox.messages().size()));
        List<String> mails = mailbox.messages().stream().map(Mailbox.Mail::text).toList();
        for (String step : List.of("received", "Assigned to grid worker", "Please say whether it was fixed", "Closed")) {
            assertEquals(1, mails.stream().filter(text -> text.contains(step)).count(), step + " in " + mails);
        }
        assertEquals(4, mailbox.messages().stream().map(Mailbox.Mail::messageId).distinct().count());
        // The SMS are not counted here: these services keep the real clock, and in quiet hours they wait for 08:00
        // (NotificationsTest counts them on the movable clock).
        given().baseUri(system.intake.url()).auth().oauth2(system.token(Tokens.RESIDENT)).get("/api/v1/notifications")
                .then().statusCode(200).body("items.findAll { it.appealId == '" + id + "' }.kind",
                        org.hamcrest.Matchers.containsInAnyOrder("CLOSED", "RESOLVED", "ASSIGNED", "RECEIVED"));
    }
}
