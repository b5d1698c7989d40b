package gridloop.intake;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import gridloop.events.Actor;
import gridloop.events.AppealAccepted;
import gridloop.events.AppealAssigned;
import gridloop.events.AppealClosed;
import gridloop.events.AppealCoHandled;
import gridloop.events.AppealEvent;
import gridloop.events.AppealPartReported;
import gridloop.events.AppealRated;
import gridloop.events.AppealReportInOverdue;
import gridloop.events.AppealReportedIn;
import gridloop.events.AppealResolved;
import gridloop.events.AppealSentBack;
import gridloop.events.AppealRejected;
import gridloop.events.AppealRecategorized;
import gridloop.events.GridUnit;
import gridloop.testkit.Tokens;
import gridloop.testkit.GridLoopTestInfrastructure;
import gridloop.testkit.KafkaTestClient;
import gridloop.testkit.MovableClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The resident's timeline from dispatch and feedback events delivered shuffled and twice each. */
@QuarkusTest
class TimelineReadModelTest {

    @Inject
    MovableClock clock;

    @Test
    void shuffledAndDuplicatedEventsGiveTheRightTimeline() {
        String id = given().auth().oauth2(Tokens.of(Tokens.RESIDENT)).contentType(ContentType.JSON).body(AppealApiTest.appealJson("\"Broken bench\"", "13700000001"))
                .post("/api/v1/appeals").then().statusCode(202).extract().path("id");
        UUID appealId = UUID.fromString(id);
        Instant t = clock.instant();
        List<AppealEvent> events = List.of(
                new AppealAssigned(appealId, new GridUnit("biquan", "Biquan Street"), new GridUnit("hualong", "Hualong"),
                        new GridUnit("hualong-g1", "Hualong Grid 1"), "w-hualong-g1-1", "Chen Li", null,
                        t.plusSeconds(3600), t.plusSeconds(72 * 3600), Actor.system("test"), t.plusSeconds(1)),
                new AppealAccepted(appealId, "w-hualong-g1-1", Actor.system("test"), t.plusSeconds(2)),
                new AppealResolved(appealId, "Fixed the bench", List.of(), "Chen Li", 1, Actor.system("test"), t.plusSeconds(3)),
                new AppealRated(appealId, 5, true, "Thanks", 1, Actor.system("test"), t.plusSeconds(4)),
                new AppealClosed(appealId, "RESIDENT", Actor.system("test"), t.plusSeconds(5)));
        List<Map.Entry<String, AppealEvent>> deliveries = new ArrayList<>();
        for (AppealEvent event : events) {
            String ceId = UUID.randomUUID().toString();
            deliveries.add(Map.entry(ceId, event));
            deliveries.add(Map.entry(ceId, event));
        }
        Collections.shuffle(deliveries, new Random(42));
        KafkaTestClient kafka = GridLoopTestInfrastructure.current().kafka();
        deliveries.forEach(delivery -> kafka.sendEvent(delivery.getValue(), delivery.getKey()));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(Tokens.of(Tokens.RESIDENT)).get("/api/v1/appeals/" + id).then().statusCode(200)
                        .body("timeline", hasSize(6))
                        .body("status", equalTo("CLOSED"))
                        .body("overdue", equalTo(false))
                        .body("grid.id", equalTo("hualong-g1"))
                        .body("assigneeName", equalTo("Chen Li"))
                        .body("timeline.type", contains("gridloop.appeal.submitted.v1", "gridloop.appeal.assigned.v1",
                                "gridloop.appeal.accepted.v1", "gridloop.appeal.resolved.v1",
                                "gridloop.appeal.rated.v1", "gridloop.appeal.closed.v1")));
    }

    /**
     * The department's report-in, a missed one, co-handling, an assisting department's part and a send-back in the
     * resident's timeline, at the district's local
     * time; after the send-back the appeal waits for the command centre, with no department.
     */
    @Test
    void theDepartmentsReportInShowsInTheTimeline() {
        String id = given().auth().oauth2(Tokens.of(Tokens.RESIDENT)).contentType(ContentType.JSON)
                .body(AppealApiTest.appealJson("\"Cracked stairwell wall\"", "13700000002"))
                .post("/api/v1/appeals").then().statusCode(202).extract().path("id");
        UUID appealId = UUID.fromString(id);
        Instant t = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        KafkaTestClient kafka = GridLoopTestInfrastructure.current().kafka();
        kafka.sendEvent(new AppealReportInOverdue(appealId, "HOUSING", "Housing Department", t.plusSeconds(60),
                Actor.system("dispatch"), t.plusSeconds(120)));
        kafka.sendEvent(new AppealReportedIn(appealId, "HOUSING", "Housing Department",
                new Actor("department", "housing-1"), t.plusSeconds(180)));
        kafka.sendEvent(new AppealCoHandled(appealId, "HOUSING", "Housing Department", List.of("PUBLIC_SECURITY"),
                List.of("Public Security Bureau"), "Loose facade panels", Actor.system("dispatch"), t.plusSeconds(30)));
        kafka.sendEvent(new AppealPartReported(appealId, "PUBLIC_SECURITY", "Public Security Bureau",
                "Cordoned off the pavement", new Actor("department", "public-security-1"), t.plusSeconds(200)));
        kafka.sendEvent(new AppealSentBack(appealId, "HOUSING", "Housing Department", "NOT_OUR_JURISDICTION",
                "The school's wall", 1, false, new Actor("department", "housing-1"), t.plusSeconds(240)));
        kafka.sendEvent(new AppealRecategorized(appealId, "FACILITY_DAMAGE", "THROWN_OBJECTS", "Objects fall from it",
                new Actor("operator", "operator-1"), t.plusSeconds(300)));
        java.time.format.DateTimeFormatter english =
                java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", java.util.Locale.UK);
        java.time.format.DateTimeFormatter chinese =
                java.time.format.DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm", java.util.Locale.CHINA);
        Instant due = t.plusSeconds(60);
        Instant reportedIn = t.plusSeconds(180);

        // Departments are named from their codes (the contract's catalogue), in the reader's language; times in
        // district time as the language writes them.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(Tokens.of(Tokens.RESIDENT)).header("Accept-Language", "en")
                        .get("/api/v1/appeals/" + id).then().statusCode(200)
                        .body("status", equalTo("ASSIGNED"))
                        .body("departmentName", nullValue())
                        .body("category", equalTo("THROWN_OBJECTS"))
                        .body("timeline.text", hasItems("Housing and Elevator Safety Bureau has not reported in yet "
                                        + "(due at " + english.format(due.atZone(MovableClock.DISTRICT)) + ")",
                                "Housing and Elevator Safety Bureau reported in at "
                                        + english.format(reportedIn.atZone(MovableClock.DISTRICT)),
                                "Housing and Elevator Safety Bureau leads, with the help of Public Security Police Station",
                                "Public Security Police Station reported its part: Cordoned off the pavement",
                                "Housing and Elevator Safety Bureau sent it back: not our jurisdiction (The school's wall). "
                                        + "The command centre routes it again",
                                "Category corrected from Damaged public facility to Objects thrown from height "
                                        + "(Objects fall from it)")));
        given().auth().oauth2(Tokens.of(Tokens.RESIDENT)).get("/api/v1/appeals/" + id).then().statusCode(200)
                .header("Content-Language", "zh-CN")
                .body("timeline.text", hasItems(
                        "璧山区住房和城乡建委尚未报到（应于" + chinese.format(due.atZone(MovableClock.DISTRICT)) + "前报到）",
                        "璧山区住房和城乡建委已于" + chinese.format(reportedIn.atZone(MovableClock.DISTRICT)) + "报到",
                        "由璧山区住房和城乡建委牵头，碧泉派出所协办",
                        "碧泉派出所已报告其承办部分：Cordoned off the pavement",
                        "璧山区住房和城乡建委已退回：不属本单位管辖（The school's wall）。指挥中心将重新分派",
                        "类别由“设施损坏”更正为“高空抛物”（Objects fall from it）"))
                .body("timeline.phrase", hasItems("REPORT_IN_OVERDUE", "REPORTED_IN", "CO_HANDLED", "PART_REPORTED",
                        "SENT_BACK", "RECATEGORIZED"));
    }

    /**
     * An operator merges a duplicate: its reporter and supporter follow the original and see its timeline; the
     * original's closure outcome is told as it is, and the duplicate closes with it, naming it.
     */
    @Test
    void aMergedDuplicatesReporterAndSupporterFollowTheOriginal() {
        var original = given().auth().oauth2(Tokens.of(Tokens.RESIDENT)).contentType(ContentType.JSON)
                .body(AppealApiTest.appealJson("\"Fallen tree on the path\"", "13700000003"))
                .post("/api/v1/appeals").then().statusCode(202).extract();
        UUID originalId = UUID.fromString(original.path("id"));
        String reference = original.path("reference");
        String duplicate = given().auth().oauth2(Tokens.of(Tokens.OTHER_RESIDENT)).contentType(ContentType.JSON)
                .body(AppealApiTest.appealJson("\"Tree blocking the path\"", "13700000004"))
                .post("/api/v1/appeals").then().statusCode(202).extract().path("id");
        given().auth().oauth2(Tokens.of(Tokens.THIRD_RESIDENT)).post("/api/v1/appeals/" + duplicate + "/supporters")
                .then().statusCode(200);
        given().auth().oauth2(Tokens.of(Tokens.OTHER_RESIDENT)).get("/api/v1/appeals/" + originalId).then().statusCode(404);

        Instant t = clock.instant();
        KafkaTestClient kafka = GridLoopTestInfrastructure.current().kafka();
        kafka.sendEvent(new AppealRejected(UUID.fromString(duplicate), AppealRejected.DUPLICATE,
                "Duplicate of " + reference, new Actor("operator", "operator-1"), t.plusSeconds(60), originalId));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(Tokens.of(Tokens.OTHER_RESIDENT)).get("/api/v1/appeals/" + duplicate).then()
                        .statusCode(200).body("status", equalTo("REJECTED"))
                        .body("mergedInto", equalTo(originalId.toString())));
        for (String follower : List.of(Tokens.OTHER_RESIDENT, Tokens.THIRD_RESIDENT)) {
            given().auth().oauth2(Tokens.of(follower)).get("/api/v1/appeals/" + originalId).then().statusCode(200)
                    .body("reference", equalTo(reference));
        }

        kafka.sendEvent(new AppealResolved(originalId, "Cut back to the trunk", List.of(), "Chen Li", 1,
                Actor.system("test"), t.plusSeconds(120), AppealResolved.NOT_FIXABLE, "The trunk is protected"));
        kafka.sendEvent(new AppealClosed(originalId, AppealClosed.BY_RESIDENT, Actor.system("test"), t.plusSeconds(180)));
        kafka.sendEvent(new AppealClosed(UUID.fromString(duplicate), AppealClosed.BY_ORIGINAL, Actor.system("feedback"),
                t.plusSeconds(180), originalId, reference));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(Tokens.of(Tokens.THIRD_RESIDENT)).header("Accept-Language", "en")
                        .get("/api/v1/appeals/" + originalId).then()
                        .statusCode(200).body("status", equalTo("CLOSED"))
                        .body("timeline.text", hasItems(
                                "Cannot be fixed (The trunk is protected): Cut back to the trunk", "Closed")));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(Tokens.of(Tokens.OTHER_RESIDENT)).header("Accept-Language", "en")
                        .get("/api/v1/appeals/" + duplicate).then()
                        .statusCode(200).body("status", equalTo("CLOSED"))
                        .body("timeline.text", hasItems("Closed together with " + reference + ", the appeal it duplicated")));
    }
}
