package gridloop.intake.notification;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gridloop.events.Actor;
import gridloop.events.AppealAssigned;
import gridloop.events.AppealEscalated;
import gridloop.events.AppealResolved;
import gridloop.events.GridUnit;
import gridloop.testkit.GridLoopTestInfrastructure;
import gridloop.testkit.KafkaTestClient;
import gridloop.testkit.Mailbox;
import gridloop.testkit.MovableClock;
import gridloop.testkit.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The resident is told of each step, on the real broker, database, SMTP/IMAP server and SMS file: in the inbox, by
 * e-mail in their language and by SMS; once, however often an event is delivered; SMS held in quiet hours and sent at
 * 08:00; channels turned off stay off; nobody reads another's inbox.
 */
@QuarkusTest
@QuarkusTestResource(GridLoopTestInfrastructure.class)
class NotificationsTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    MovableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
        given().auth().oauth2(Tokens.of(Tokens.RESIDENT)).contentType(ContentType.JSON)
                .body("{\"email\": true, \"sms\": true}").put("/api/v1/notifications/preferences").then().statusCode(200);
    }

    @Test
    void eachStepReachesTheInboxTheMailboxAndThePhoneOnceInTheResidentsLanguage() {
        pinToDaytime();
        String email = "chen-" + UUID.randomUUID() + "@example.cn";
        String phone = phone();
        String[] submitted = submit(email, phone, "zh-CN");
        String id = submitted[0];
        String reference = submitted[1];
        Mailbox mailbox = GridLoopTestInfrastructure.current().mailbox(email);

        await().atMost(WAIT).untilAsserted(() -> assertEquals(1, mailbox.messages().size()));
        Mailbox.Mail received = mailbox.messages().get(0);
        assertEquals("您的诉求 " + reference + " 有新进展", received.subject());
        assertTrue(received.text().contains("诉求 " + reference + " 已受理"), received.text());

        KafkaTestClient kafka = GridLoopTestInfrastructure.current().kafka();
        Instant t = clock.instant();
        AppealAssigned assigned = new AppealAssigned(UUID.fromString(id), new GridUnit("biquan", "Biquan Street"),
                new GridUnit("hualong", "Hualong"), new GridUnit("hualong-g1", "Hualong Grid 1", java.util.Map.of("zh-CN", "花龙社区第一网格")),
                "w-hualong-g1-1", "Zhao Qiang", null, t.plusSeconds(3600), t.plusSeconds(72 * 3600),
                Actor.system("test"), t.plusSeconds(1));
        String assignedId = UUID.randomUUID().toString();
        kafka.sendEvent(assigned, assignedId);
        kafka.sendEvent(assigned, assignedId); // delivered twice: told once
        kafka.sendEvent(new AppealResolved(UUID.fromString(id), "Replaced the table top", List.of(), "Zhao Qiang", 1,
                new Actor("grid-worker", "w-hualong-g1-1"), t.plusSeconds(2)));

        await().atMost(WAIT).untilAsserted(() -> assertEquals(3, mailbox.messages().size()));
        // Assigned and fixed come from two topics, so either may be told first.
        List<Mailbox.Mail> mails = mailbox.messages();
        assertEquals(1, mails.stream().filter(mail -> mail.text().contains("花龙社区第一网格")).count(), mails.toString());
        assertEquals(1, mails.stream().filter(mail -> mail.text().contains("请告诉我们问题是否已解决")
                && mail.text().contains("/rate#" + id + "/r1.")).count(), mails.toString());
        assertEquals(3, mails.stream().map(Mailbox.Mail::messageId).distinct().count(), "each its own Message-ID");

        await().atMost(WAIT).untilAsserted(() -> assertEquals(java.util.Set.of("SMS_GRIDLOOP_RECEIVED",
                "SMS_GRIDLOOP_ASSIGNED", "SMS_GRIDLOOP_RESOLVED"), java.util.Set.copyOf(smsTemplates(phone))));
        assertEquals(3, smsTemplates(phone).size());
        GridLoopTestInfrastructure.current().smsFile().to(phone).forEach(sms ->
                assertEquals(reference, sms.path("params").path("reference").asText()));

        given().auth().oauth2(Tokens.of(Tokens.RESIDENT)).header("Accept-Language", "en")
                .get("/api/v1/notifications").then().statusCode(200)
                .body("items.findAll { it.appealId == '" + id + "' }.kind",
                        org.hamcrest.Matchers.containsInAnyOrder("RESOLVED", "ASSIGNED", "RECEIVED"))
                .body("items.find { it.appealId == '" + id + "' && it.kind == 'ASSIGNED' }.text",
                        containsString("Hualong Grid 1"))
                .body("items.find { it.appealId == '" + id + "' }.reference", equalTo(reference));
        // Someone else's inbox shows none of it, and their hand cannot mark it read.
        String line = given().auth().oauth2(Tokens.of(Tokens.RESIDENT)).get("/api/v1/notifications").then()
                .extract().path("items.find { it.appealId == '" + id + "' }.id");
        given().auth().oauth2(Tokens.of(Tokens.OTHER_RESIDENT)).get("/api/v1/notifications").then().statusCode(200)
                .body("items.findAll { it.appealId == '" + id + "' }", hasSize(0));
        given().auth().oauth2(Tokens.of(Tokens.OTHER_RESIDENT)).post("/api/v1/notifications/" + line + "/read").then()
                .statusCode(404);
        long unread = given().auth().oauth2(Tokens.of(Tokens.RESIDENT)).get("/api/v1/notifications").then()
                .extract().<Integer>path("unread");
        given().auth().oauth2(Tokens.of(Tokens.RESIDENT)).post("/api/v1/notifications/" + line + "/read").then()
                .statusCode(204);
        given().auth().oauth2(Tokens.of(Tokens.RESIDENT)).get("/api/v1/notifications").then()
                .body("unread", equalTo((int) unread - 1))
                .body("items.find { it.id == '" + line + "' }.read", equalTo(true));
        given().auth().oauth2(Tokens.of(Tokens.HOTLINE)).get("/api/v1/notifications").then().statusCode(403);
    }

    @Test
    void anSmsDueInQuietHoursGoesAtEightAndTheEmailAtOnce() {
        LocalDate day = clock.instant().atZone(MovableClock.DISTRICT).toLocalDate().plusDays(1);
        clock.pinTo(day.atTime(LocalTime.of(22, 30)).atZone(MovableClock.DISTRICT).toInstant());
        String email = "night-" + UUID.randomUUID() + "@example.cn";
        String phone = phone();
        String id = submit(email, phone, "en")[0];
        Mailbox mailbox = GridLoopTestInfrastructure.current().mailbox(email);
        await().atMost(WAIT).untilAsserted(() -> assertEquals(1, mailbox.messages().size()));
        assertTrue(mailbox.messages().get(0).subject().startsWith("Your appeal "), mailbox.messages().get(0).subject());
        // The relay has run many times meanwhile; the SMS waits for the morning.
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5))
                .until(() -> GridLoopTestInfrastructure.current().smsFile().to(phone).isEmpty());

        clock.pinTo(day.plusDays(1).atTime(LocalTime.of(7, 59)).atZone(MovableClock.DISTRICT).toInstant());
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4))
                .until(() -> GridLoopTestInfrastructure.current().smsFile().to(phone).isEmpty());
        clock.pinTo(day.plusDays(1).atTime(LocalTime.of(8, 0, 30)).atZone(MovableClock.DISTRICT).toInstant());
        await().atMost(WAIT).untilAsserted(() -> assertEquals(List.of("SMS_GRIDLOOP_RECEIVED"), smsTemplates(phone)));
        assertTrue(id != null);
    }

    @Test
    void aChannelTurnedOffStaysQuietAndTheInboxStillHasIt() {
        pinToDaytime();
        given().auth().oauth2(Tokens.of(Tokens.RESIDENT)).contentType(ContentType.JSON)
                .body("{\"email\": false, \"sms\": true}").put("/api/v1/notifications/preferences").then()
                .statusCode(200).body("email", equalTo(false)).body("sms", equalTo(true));
        given().auth().oauth2(Tokens.of(Tokens.RESIDENT)).get("/api/v1/notifications/preferences").then()
                .body("email", equalTo(false));
        String email = "quiet-" + UUID.randomUUID() + "@example.cn";
        String phone = phone();
        String id = submit(email, phone, "zh-CN")[0];
        GridLoopTestInfrastructure.current().kafka().sendEvent(new AppealEscalated(UUID.fromString(id), "HOUSING",
                "Housing Department", "Leak behind the wall", false, new Actor("grid-worker", "w-hualong-g1-1"),
                clock.instant()));
        await().atMost(WAIT).untilAsserted(() -> assertEquals(List.of("SMS_GRIDLOOP_RECEIVED",
                "SMS_GRIDLOOP_ESCALATED"), smsTemplates(phone)));
        assertEquals(0, GridLoopTestInfrastructure.current().mailbox(email).messages().size());
        given().auth().oauth2(Tokens.of(Tokens.RESIDENT)).get("/api/v1/notifications").then()
                .body("items.findAll { it.appealId == '" + id + "' }.kind", equalTo(List.of("ESCALATED", "RECEIVED")));
    }

    @Test
    void aCallerWhoReportedByPhoneGetsTheSmsAndTheAgentsInboxStaysEmpty() {
        pinToDaytime();
        String phone = phone();
        String id = given().auth().oauth2(Tokens.of(Tokens.HOTLINE)).contentType(ContentType.JSON).body("""
                {"category": "FACILITY_DAMAGE", "description": "Street lamp out on Hualong Road",
                 "location": {"latitude": 29.5912, "longitude": 106.2231},
                 "reporter": {"name": "Li Ming", "phone": "%s"}, "channel": "HOTLINE"}""".formatted(phone))
                .post("/api/v1/appeals").then().statusCode(202).extract().path("id");
        await().atMost(WAIT).untilAsserted(() -> assertEquals(List.of("SMS_GRIDLOOP_RECEIVED"), smsTemplates(phone)));
        assertTrue(id != null);
    }

    private void pinToDaytime() {
        LocalDate day = clock.instant().atZone(MovableClock.DISTRICT).toLocalDate().plusDays(1);
        clock.pinTo(day.atTime(LocalTime.of(10, 0)).atZone(MovableClock.DISTRICT).toInstant());
    }

    private static String[] submit(String email, String phone, String language) {
        io.restassured.path.json.JsonPath answer = given().auth().oauth2(Tokens.of(Tokens.RESIDENT))
                .header("Accept-Language", language).contentType(ContentType.JSON).body("""
                        {"category": "FACILITY_DAMAGE", "description": "The table-tennis table is broken",
                         "location": {"latitude": 29.5912, "longitude": 106.2231},
                         "reporter": {"name": "Chen Jing", "phone": "%s", "email": "%s"}}""".formatted(phone, email))
                .post("/api/v1/appeals").then().statusCode(202).extract().jsonPath();
        return new String[] {answer.getString("id"), answer.getString("reference")};
    }

    private static List<String> smsTemplates(String phone) {
        return GridLoopTestInfrastructure.current().smsFile().to(phone).stream()
                .map(message -> message.path("templateCode").asText()).toList();
    }

    private static String phone() {
        return String.format("139%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }
}
