package gridloop.dispatch;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import gridloop.events.Actor;
import gridloop.events.AppealSubmitted;
import gridloop.events.AppealSupported;
import gridloop.events.CloudEventHeaders;
import gridloop.events.Location;
import gridloop.events.Topics;
import gridloop.testkit.Tokens;
import gridloop.testkit.GridLoopTestInfrastructure;
import gridloop.testkit.KafkaTestClient;
import gridloop.testkit.MovableClock;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(GridLoopTestInfrastructure.class)
class DispatchFlowTest {

    private static final double HUALONG_LAT = 29.597;
    private static final double HUALONG_LON = 106.223;

    @Inject
    MovableClock clock;

    /** An appeal as intake announces it, submitted at {@code at} (a reading of the test's clock). */
    static AppealSubmitted submitted(String category, double lat, double lon, Instant at) {
        return new AppealSubmitted(UUID.randomUUID(), "BQ-20260422-000001", category, "Broken table",
                new Location(lat, lon, null), List.of(), "APP", null, Actor.system("test"), at);
    }

    static KafkaTestClient kafka() {
        return GridLoopTestInfrastructure.current().kafka();
    }

    /**
     * Everything dispatch has published once it is quiet: every record sent to it consumed and every outbox
     * row on the topic. What is not there then was never published.
     */
    static List<ConsumerRecord<String, byte[]>> dispatchedWhenQuiet() {
        GridLoopTestInfrastructure.current().awaitQuiet("dispatch", Topics.APPEALS_SUBMITTED, Topics.APPEALS_FEEDBACK);
        return kafka().readAll(Topics.APPEALS_DISPATCH);
    }

    @Test
    void appealInHualongIsAssignedToAnOnDutyHualongWorkerWithDeadlines() {
        AppealSubmitted appeal = submitted("FACILITY_DAMAGE", HUALONG_LAT, HUALONG_LON, clock.instant());
        kafka().sendEvent(appeal);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).get("/api/v1/tasks/" + appeal.appealId()).then().statusCode(200)
                        .body("status", equalTo("ASSIGNED"))
                        .body("gridId", equalTo("hualong-g1"))
                        .body("assigneeId", startsWith("w-hualong-g1-"))
                        .body("acceptBy", equalTo(appeal.occurredAt().plus(Duration.ofHours(4)).toString()))
                        .body("resolveBy", notNullValue()));

        List<ConsumerRecord<String, byte[]>> records = kafka().readUntil(Topics.APPEALS_DISPATCH, Duration.ofSeconds(20),
                list -> list.stream().anyMatch(r -> appeal.appealId().toString().equals(r.key())));
        ConsumerRecord<String, byte[]> assigned = records.stream()
                .filter(r -> appeal.appealId().toString().equals(r.key())).findFirst().orElseThrow();
        assertEquals("gridloop.appeal.assigned.v1", KafkaTestClient.header(assigned, CloudEventHeaders.TYPE));
    }

    private static final UUID PHOTO = UUID.fromString("6f0a3c2e-5b1d-4e8f-9a7c-2d4b6e8f0a1c");

    /** The assignee finds the problem from its task alone: what, where, the pictures, and how it came in. */
    @Test
    void theAssigneesTaskSaysWhatAndWhere() {
        AppealSubmitted appeal = new AppealSubmitted(UUID.randomUUID(), "BQ-20260422-000002", "FACILITY_DAMAGE",
                "The table-tennis table's net post is snapped", new Location(HUALONG_LAT, HUALONG_LON, "Hualong Community, court 2"),
                List.of("https://img.example.org/net.jpg"), "HOTLINE", null, Actor.system("test"), clock.instant(), null,
                List.of(PHOTO));
        kafka().sendEvent(appeal);
        String assignee = await().atMost(Duration.ofSeconds(20)).until(() -> given().auth().oauth2(Tokens.of(Tokens.OPERATOR))
                .get("/api/v1/tasks/" + appeal.appealId()).then().extract().path("assigneeId"), java.util.Objects::nonNull);

        given().auth().oauth2(Tokens.of(assignee)).get("/api/v1/tasks/" + appeal.appealId()).then().statusCode(200)
                .body("description", equalTo("The table-tennis table's net post is snapped"))
                .body("location.latitude", equalTo((float) HUALONG_LAT))
                .body("location.longitude", equalTo((float) HUALONG_LON))
                .body("location.address", equalTo("Hualong Community, court 2"))
                .body("mediaUrls", equalTo(List.of("https://img.example.org/net.jpg")))
                .body("photos", equalTo(List.of(PHOTO.toString())))
                .body("channel", equalTo("HOTLINE"));
        given().auth().oauth2(Tokens.of(assignee)).get("/api/v1/tasks").then().statusCode(200)
                .body("items.find { it.appealId == '" + appeal.appealId() + "' }.location.address",
                        equalTo("Hualong Community, court 2"));
    }

    /**
     * The holder sees how many residents the problem touches and what happened so far: the events dispatch consumed
     * and published, oldest first, as they were on the topics; one task's answer only.
     */
    @Test
    void theTaskCarriesItsSupportersAndItsTimeline() {
        Instant t = clock.instant();
        AppealSubmitted appeal = submitted("FACILITY_DAMAGE", HUALONG_LAT, HUALONG_LON, t);
        kafka().sendEvent(appeal);
        String id = appeal.appealId().toString();
        String assignee = await().atMost(Duration.ofSeconds(20)).until(() -> given().auth().oauth2(Tokens.of(Tokens.OPERATOR))
                .get("/api/v1/tasks/" + id).then().extract().path("assigneeId"), java.util.Objects::nonNull);
        kafka().sendEvent(new AppealSupported(appeal.appealId(), 2, new Actor("resident", "p-two"), t.plusSeconds(60)));
        kafka().sendEvent(new AppealSupported(appeal.appealId(), 1, new Actor("resident", "p-one"), t.plusSeconds(30)));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(Tokens.of(assignee))
                .get("/api/v1/tasks/" + id).then().statusCode(200)
                // 2, though the count of 1 arrived last: an older count never lowers it.
                .body("supporters", equalTo(2))
                .body("timeline.size()", equalTo(4)));
        given().auth().oauth2(Tokens.of(assignee)).get("/api/v1/tasks/" + id).then().log().ifValidationFails()
                .body("timeline.type", equalTo(List.of("gridloop.appeal.submitted.v1", "gridloop.appeal.assigned.v1",
                        "gridloop.appeal.supported.v1", "gridloop.appeal.supported.v1")))
                .body("timeline[1].event.assigneeId", equalTo(assignee))
                .body("timeline[0].event.description", equalTo("Broken table"))
                .body("timeline[2].event.supporters", equalTo(1))
                // Each step says what happened: a code, and words in the reader's language (Chinese by default).
                .body("timeline.phrase", equalTo(List.of("SUBMITTED", "ASSIGNED", "SUPPORTED", "SUPPORTED")))
                .body("timeline[0].text", equalTo(appeal.reference() + " 已提交：设施损坏"))
                .body("timeline[2].text", equalTo("又有居民附议（共 1 人）"));
        given().auth().oauth2(Tokens.of(assignee)).header("Accept-Language", "en").get("/api/v1/tasks/" + id).then()
                .body("timeline[0].text", equalTo(appeal.reference() + " submitted: Damaged public facility"));
        given().auth().oauth2(Tokens.of(assignee)).get("/api/v1/tasks").then().statusCode(200)
                .body("items.find { it.appealId == '" + id + "' }.supporters", equalTo(2))
                .body("items.find { it.appealId == '" + id + "' }.timeline", nullValue());
    }

    @Test
    void aRedeliveredEventAssignsOnceAndCountsTheLoadOnce() {
        AppealSubmitted appeal = submitted("NOISE", 29.580, 106.205, clock.instant());
        String ceId = UUID.randomUUID().toString();
        kafka().sendEvent(appeal, ceId);
        kafka().sendEvent(appeal, ceId);
        kafka().sendEvent(appeal);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).get("/api/v1/tasks/" + appeal.appealId()).then().statusCode(200).body("gridId", equalTo("haoyu-g1")));
        String assignee = given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).get("/api/v1/tasks/" + appeal.appealId()).then().extract().path("assigneeId");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).queryParam("assignee", assignee).get("/api/v1/tasks").then().statusCode(200)
                        .body("items.appealId", hasItem(appeal.appealId().toString())));
        List<ConsumerRecord<String, byte[]>> records = dispatchedWhenQuiet();
        long assignedEvents = records.stream().filter(r -> appeal.appealId().toString().equals(r.key())).count();
        assertEquals(1, assignedEvents);
    }

    @Test
    void appealOutsideTheDistrictIsRejected() {
        AppealSubmitted appeal = submitted("OTHER", 30.5, 107.0, clock.instant());
        kafka().sendEvent(appeal);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).get("/api/v1/tasks/" + appeal.appealId()).then().statusCode(200)
                        .body("status", equalTo("REJECTED")).body("assigneeId", nullValue()));
    }

    @Test
    void fireHazardGoesToTheDepartmentAtOnce() {
        AppealSubmitted appeal = submitted("FIRE_HAZARD", HUALONG_LAT, HUALONG_LON, clock.instant());
        kafka().sendEvent(appeal);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).get("/api/v1/tasks/" + appeal.appealId()).then().statusCode(200)
                        .body("status", equalTo("ESCALATED")).body("department", equalTo("FIRE_SAFETY"))
                        .body("assigneeId", startsWith("w-hualong-g1-")));
    }

    @Test
    void workerAcceptsOnceAndEscalatesToADepartment() {
        AppealSubmitted appeal = submitted("SANITATION", HUALONG_LAT, HUALONG_LON, clock.instant());
        kafka().sendEvent(appeal);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).get("/api/v1/tasks/" + appeal.appealId()).then().statusCode(200));

        given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).post("/api/v1/tasks/" + appeal.appealId() + "/accept").then().statusCode(200)
                .body("status", equalTo("ACCEPTED"));
        given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).post("/api/v1/tasks/" + appeal.appealId() + "/accept").then().statusCode(409)
                .contentType("application/problem+json");

        given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).contentType(ContentType.JSON).body("{\"department\": \"MOON_BASE\", \"reason\": \"x\"}")
                .post("/api/v1/tasks/" + appeal.appealId() + "/escalate").then().statusCode(422);
        given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).contentType(ContentType.JSON).body("{\"department\": \"SANITATION\", \"reason\": \"Needs a truck\"}")
                .post("/api/v1/tasks/" + appeal.appealId() + "/escalate").then().statusCode(200)
                .body("status", equalTo("ESCALATED"));
        given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).contentType(ContentType.JSON).body("{\"department\": \"SANITATION\", \"reason\": \"again\"}")
                .post("/api/v1/tasks/" + appeal.appealId() + "/escalate").then().statusCode(409);
        given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).post("/api/v1/tasks/" + UUID.randomUUID() + "/accept").then().statusCode(404);
    }

    @Test
    void locateAnswersEveryLevelAndBordersDeterministically() {
        given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).queryParam("lat", HUALONG_LAT).queryParam("lon", HUALONG_LON).get("/api/v1/grids/locate")
                .then().statusCode(200)
                .body("street.id", equalTo("biquan"))
                .body("community.id", equalTo("hualong"))
                .body("grid.id", equalTo("hualong-g1"));
        // On the edge shared by two communities (and their grids): always the same one.
        given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).queryParam("lat", 29.597).queryParam("lon", 106.22).get("/api/v1/grids/locate")
                .then().statusCode(200).body("grid.id", equalTo("hualong-g1"));
        given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).queryParam("lat", 10).queryParam("lon", 10).get("/api/v1/grids/locate")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).get("/api/v1/grids").then().statusCode(200).body("type", equalTo("FeatureCollection"))
                .body("features.properties.id", hasItem("niujiaowan"));
        given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).get("/api/v1/grids/hualong-g1/workers").then().statusCode(200)
                .body("id", hasItem("w-hualong-g1-1"));
        given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).get("/api/v1/departments").then().statusCode(200)
                .body("code", hasItem("FIRE_SAFETY")).header("Content-Language", "zh-CN")
                .body("find { it.code == 'HOUSING' }.name", equalTo("璧山区住房和城乡建委"));
        given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).header("Accept-Language", "en").get("/api/v1/departments")
                .then().statusCode(200)
                .body("find { it.code == 'HOUSING' }.name", equalTo("Housing and Elevator Safety Bureau"));
    }
}
