package gridloop.command;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gridloop.events.Actor;
import gridloop.events.AppealAssigned;
import gridloop.events.AppealSubmitted;
import gridloop.events.AppealSupported;
import gridloop.events.GridUnit;
import gridloop.events.Location;
import gridloop.testkit.GridLoopTestInfrastructure;
import gridloop.testkit.KafkaTestClient;
import gridloop.testkit.MovableClock;
import gridloop.testkit.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * What the operator needs to act on one appeal: its details say what and where (description, address, photos,
 * channel, supporters), it is found by its reference, and the feed's lines say which appeal they are about, the
 * last ones there as the page opens.
 */
@QuarkusTest
@QuarkusTestResource(GridLoopTestInfrastructure.class)
class AppealSearchTest {

    @Inject
    MovableClock clock;

    private static io.restassured.specification.RequestSpecification operator() {
        return given().auth().oauth2(Tokens.of(Tokens.OPERATOR));
    }

    @Test
    void detailsSayWhatAndWhereAndTheReferenceFindsIt() {
        UUID id = UUID.randomUUID();
        String reference = "BQ-20261207-" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        Instant t = clock.instant();
        KafkaTestClient kafka = GridLoopTestInfrastructure.current().kafka();
        kafka.sendEvent(new AppealSubmitted(id, reference, "FACILITY_DAMAGE", "Loose paving stone by the bus stop",
                new Location(29.597, 106.223, "3 Hualong Road"), List.of("https://media.example.org/stone.jpg"),
                "HOTLINE", "p-search", Actor.system("test"), t));
        kafka.sendEvent(new AppealAssigned(id, new GridUnit("biquan", "Biquan Street"), new GridUnit("hualong", "Hualong"),
                new GridUnit("hualong-g1", "Hualong Grid 1"), "w-1", "Chen Li", null, t.plusSeconds(3600),
                t.plusSeconds(72 * 3600), Actor.system("test"), t.plusSeconds(1)));
        kafka.sendEvent(new AppealSupported(id, 1, new Actor("resident", "p-one"), t.plusSeconds(2)));
        kafka.sendEvent(new AppealSupported(id, 2, new Actor("resident", "p-two"), t.plusSeconds(3)));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> ReadModelTest.details(id).statusCode(200)
                .body("timeline.size()", equalTo(4)).body("appeal.supporters", equalTo(2)));
        ReadModelTest.details(id)
                .body("appeal.description", equalTo("Loose paving stone by the bus stop"))
                .body("appeal.address", equalTo("3 Hualong Road"))
                .body("appeal.mediaUrls", equalTo(List.of("https://media.example.org/stone.jpg")))
                .body("appeal.channel", equalTo("HOTLINE"))
                .body("timeline.reference", equalTo(List.of(reference, reference, reference, reference)))
                .body("timeline.category", hasItem("FACILITY_DAMAGE"))
                .body("timeline[3].text", equalTo("又有居民附议（共 2 人）"))
                .body("timeline[3].phrase", equalTo("SUPPORTED"))
                .body("names.category", equalTo("设施损坏"));
        operator().header("Accept-Language", "en").get("/api/v1/appeals/" + id).then().statusCode(200)
                .body("timeline[3].text", equalTo("Another resident supports it (2 in all)"))
                .body("timeline[0].text", equalTo(reference + " submitted: Damaged public facility"))
                .body("names.category", equalTo("Damaged public facility"));

        operator().queryParam("reference", reference.toLowerCase()).get("/api/v1/appeals").then().statusCode(200)
                .body("appealId", equalTo(List.of(id.toString()))).body("[0].latitude", equalTo(29.597f));
        operator().queryParam("reference", "BQ-19990101-000000").get("/api/v1/appeals").then().statusCode(200)
                .body("size()", equalTo(0));
        operator().get("/api/v1/appeals").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(Tokens.of("w-hualong-g1-1")).queryParam("reference", reference).get("/api/v1/appeals")
                .then().statusCode(403);
    }

    @Test
    void theFeedOpensWithItsLastLinesEachNamingItsAppeal() {
        UUID id = UUID.randomUUID();
        String reference = "BQ-20261207-" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        Instant t = clock.instant();
        KafkaTestClient kafka = GridLoopTestInfrastructure.current().kafka();
        kafka.sendEvent(new AppealSubmitted(id, reference, "NOISE", "Drilling at night",
                new Location(29.597, 106.223, null), List.of(), "APP", "p-feed", Actor.system("test"), t));
        kafka.sendEvent(new AppealSupported(id, 1, new Actor("resident", "p-one"), t.plusSeconds(1)));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<Map<String, Object>> recent = operator().get("/api/v1/feed/recent").then().statusCode(200)
                    .extract().path("");
            List<Map<String, Object>> ours = recent.stream().filter(line -> id.toString().equals(line.get("appealId")))
                    .toList();
            assertEquals(2, ours.size(), recent.toString());
            ours.forEach(line -> {
                assertEquals(reference, line.get("reference"), "a line names its appeal: " + line);
                assertEquals("NOISE", line.get("category"));
            });
            assertTrue(recent.size() <= 50, "50 lines unless told otherwise: " + recent.size());
            List<Long> ids = recent.stream().map(line -> ((Number) line.get("id")).longValue()).toList();
            assertEquals(ids.stream().sorted().toList(), ids, "oldest first");
        });
        List<Integer> lastTwo = operator().queryParam("limit", 2).get("/api/v1/feed/recent").then().statusCode(200)
                .body("size()", equalTo(2)).extract().path("id");
        assertTrue(lastTwo.get(0) < lastTwo.get(1), lastTwo.toString());
        operator().queryParam("limit", 0).get("/api/v1/feed/recent").then().statusCode(400)
                .contentType("application/problem+json");
        operator().queryParam("limit", 201).get("/api/v1/feed/recent").then().statusCode(400);
    }
}
