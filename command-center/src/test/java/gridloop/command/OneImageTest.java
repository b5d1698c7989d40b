package gridloop.command;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import gridloop.events.Actor;
import gridloop.events.AppealAssigned;
import gridloop.events.AppealSubmitted;
import gridloop.events.BuildingRecorded;
import gridloop.events.FacilityRecorded;
import gridloop.events.GridLoopEvent;
import gridloop.events.GridRosterInForce;
import gridloop.events.GridUnit;
import gridloop.events.Location;
import gridloop.events.OrganisationRecorded;
import gridloop.testkit.GridLoopTestInfrastructure;
import gridloop.testkit.KafkaTestClient;
import gridloop.testkit.MovableClock;
import gridloop.testkit.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * The one image's read model and answers: the registry's records and the appeal events, delivered once in order or
 * twice each and shuffled (older versions after newer ones), leave the same cards; the layers, the search, the repeat
 * problems, the workers on duty and the feed's facility lines answer from it.
 */
@QuarkusTest
@QuarkusTestResource(GridLoopTestInfrastructure.class)
class OneImageTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    MovableClock clock;

    /** One copy of a small place: a building, its elevator and a party group, and two appeals about it. */
    private record Place(String tag, String buildingId, UUID elevator, UUID partyGroup, UUID company, UUID located,
            UUID naming, double latitude, double longitude) {

        static Place of(String tag) {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            return new Place(tag, "t-" + tag + "-b1", UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                    UUID.randomUUID(), UUID.randomUUID(), 29.60 + random.nextDouble() * 0.3,
                    106.30 + random.nextDouble() * 0.3);
        }

        /** Each record in two versions, and the appeals: the read model must end on the second versions. */
        List<GridLoopEvent> events(Instant t) {
            Actor test = Actor.system("test");
            BuildingRecorded.People first = new BuildingRecorded.People(10, 20, 8, 1, 1, 1, 0, 0, 0);
            BuildingRecorded.People second = new BuildingRecorded.People(12, 25, 9, 2, 1, 3, 1, 0, 2);
            return List.of(
                    building(first, 1, t), building(second, 2, t.plusSeconds(1)),
                    facility(FacilityRecorded.IN_SERVICE, 1, t), facility(FacilityRecorded.FAULTY, 2, t.plusSeconds(2)),
                    new OrganisationRecorded(partyGroup, "PG-" + tag, "BUILDING_PARTY_GROUP", "楼栋党小组 " + tag, null,
                            List.of(), List.of(), 3, 1, t),
                    new OrganisationRecorded(partyGroup, "PG-" + tag, "BUILDING_PARTY_GROUP", "楼栋党小组 " + tag, null,
                            List.of(buildingId), List.of(), 5, 2, t.plusSeconds(1)),
                    new OrganisationRecorded(company, "PC-" + tag, "PROPERTY_COMPANY", "测试物业 " + tag, null,
                            List.of(), List.of(), 20, 1, t),
                    new AppealSubmitted(naming, "BQ-T-" + tag + "-1", "ELEVATOR_FAULT", "电梯停了",
                            new Location(latitude, longitude, null), List.of(), "APP", "p-1", test, t.plusSeconds(3),
                            elevator),
                    new AppealAssigned(naming, null, null, new GridUnit("hualong-g1", "Hualong Grid 1"), "w-1",
                            "Chen Li", null, t.plusSeconds(3600), t.plusSeconds(7200), test, t.plusSeconds(4),
                            buildingId),
                    new AppealSubmitted(located, "BQ-T-" + tag + "-2", "NOISE", "楼道噪音",
                            new Location(latitude, longitude, null), List.of(), "APP", "p-2", test, t.plusSeconds(5)),
                    new AppealAssigned(located, null, null, new GridUnit("hualong-g1", "Hualong Grid 1"), "w-1",
                            "Chen Li", null, t.plusSeconds(3600), t.plusSeconds(7200), test, t.plusSeconds(6),
                            buildingId));
        }

        private BuildingRecorded building(BuildingRecorded.People people, long version, Instant at) {
            return new BuildingRecorded(buildingId, "500120-T-" + tag + "-1", "biquan", "hualong", "hualong-g1",
                    "测试小区" + tag, "重庆市璧山区碧泉街道测试小区" + tag + "3栋", "3栋", latitude, longitude, 18, 2,
                    144, 2012, "RESIDENTIAL", company, people, version, at);
        }

        private FacilityRecorded facility(String status, long version, Instant at) {
            return new FacilityRecorded(elevator, "F" + tag,
                    "0601", "测试小区" + tag + "3栋电梯", buildingId, 1, latitude, longitude, company, "HOUSING", status, at,
                    version, at);
        }

        /** The card's JSON with this copy's ids and tag replaced, to compare with another copy's. */
        String neutral(String json) {
            return json.replace(buildingId, "B").replace(elevator.toString(), "E").replace(partyGroup.toString(), "P")
                    .replace(company.toString(), "C").replace(located.toString(), "L").replace(naming.toString(), "N")
                    .replace(tag, "T").replace(String.valueOf(latitude), "LAT").replace(String.valueOf(longitude), "LON");
        }
    }

    @Test
    void theSameRecordsTwiceAndShuffledLeaveTheSameCards() {
        Instant t = clock.instant();
        String run = Long.toString(System.nanoTime() % 1_000_000, 36);
        Place inOrder = Place.of(run + "a");
        Place shuffled = Place.of(run + "b");
        KafkaTestClient kafka = GridLoopTestInfrastructure.current().kafka();
        inOrder.events(t).forEach(kafka::sendEvent);
        List<Map.Entry<String, GridLoopEvent>> deliveries = new ArrayList<>();
        for (GridLoopEvent event : shuffled.events(t)) {
            String ceId = UUID.randomUUID().toString();
            deliveries.add(Map.entry(ceId, event));
            deliveries.add(Map.entry(ceId, event));
        }
        Collections.shuffle(deliveries, new Random(33));
        deliveries.forEach(delivery -> kafka.sendEvent(delivery.getValue(), delivery.getKey()));

        for (Place place : List.of(inOrder, shuffled)) {
            await().atMost(WAIT).untilAsserted(() -> card("buildings", place.buildingId()).statusCode(200)
                    .body("people.households", equalTo(12)).body("openAppeals", equalTo(2))
                    .body("facilities[0].status", equalTo("FAULTY"))
                    .body("organisations.code", hasItem("PG-" + place.tag()))
                    .body("organisations.find { it.code == 'PG-" + place.tag() + "' }.members", equalTo(5)));
        }
        assertEquals(inOrder.neutral(card("buildings", inOrder.buildingId()).extract().asString()),
                shuffled.neutral(card("buildings", shuffled.buildingId()).extract().asString()));
        assertEquals(inOrder.neutral(card("facilities", inOrder.elevator().toString()).extract().asString()),
                shuffled.neutral(card("facilities", shuffled.elevator().toString()).extract().asString()));
        assertEquals(inOrder.neutral(card("organisations", inOrder.partyGroup().toString()).extract().asString()),
                shuffled.neutral(card("organisations", shuffled.partyGroup().toString()).extract().asString()));

        // The card as an operator reads it: care groups (operators may see them), both appeals once each.
        ValidatableResponse building = card("buildings", inOrder.buildingId());
        building.body("careGroups.elderlyLivingAlone", equalTo(3)).body("appeals.size()", equalTo(2))
                .body("facilities[0].faultsInWindow", equalTo(1))
                .body("organisations.code", hasItem("PC-" + inOrder.tag()));
        card("facilities", inOrder.elevator().toString()).body("maintainer.code", equalTo("PC-" + inOrder.tag()))
                .body("appeals[0].reference", equalTo("BQ-T-" + inOrder.tag() + "-1")).body("repeats", equalTo(false));
        card("organisations", inOrder.partyGroup().toString()).body("buildings[0].id", equalTo(inOrder.buildingId()));

        // The feed told the operators once per facility that moved (not per delivery).
        await().atMost(WAIT).untilAsserted(() -> assertEquals(1, facilityLines(shuffled.elevator())));
        given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).header("Accept-Language", "zh-CN")
                .get("/api/v1/feed/recent?limit=200").then().statusCode(200)
                .body("find { it.facilityId == '" + inOrder.elevator() + "' }.text",
                        equalTo("设施 测试小区" + inOrder.tag() + "3栋电梯（" + facilityCode(inOrder) + "）报告故障"));
    }

    @Test
    void theLayersTheSearchAndTheRepeatProblemsAnswerFromTheReadModel() {
        Instant t = clock.instant();
        String run = Long.toString(System.nanoTime() % 1_000_000, 36);
        Place place = Place.of(run + "s");
        KafkaTestClient kafka = GridLoopTestInfrastructure.current().kafka();
        place.events(t).forEach(kafka::sendEvent);
        // Two more appeals naming the elevator within 90 days make three: a repeat fault. One 100 days ago does not count.
        Actor test = Actor.system("test");
        for (int i = 0; i < 2; i++) {
            kafka.sendEvent(new AppealSubmitted(UUID.randomUUID(), "BQ-T-" + place.tag() + "-r" + i, "ELEVATOR_FAULT",
                    "又停了", new Location(place.latitude(), place.longitude(), null), List.of(), "APP", "p-3", test,
                    t.minus(Duration.ofDays(10 + i)), place.elevator()));
        }
        UUID old = UUID.randomUUID();
        kafka.sendEvent(new AppealSubmitted(old, "BQ-T-" + place.tag() + "-old", "ELEVATOR_FAULT", "很久以前",
                new Location(place.latitude(), place.longitude(), null), List.of(), "APP", "p-3", test,
                t.minus(Duration.ofDays(100)), place.elevator()));
        await().atMost(WAIT).untilAsserted(() -> card("facilities", place.elevator().toString()).statusCode(200)
                .body("appeals.size()", equalTo(4)).body("faultsInWindow", equalTo(3)).body("repeats", equalTo(true)));
        operator().get("/api/v1/repeat-problems").then().statusCode(200)
                .body("facilities.facilityId", hasItem(place.elevator().toString()))
                .body("buildings.buildingId", hasItem(place.buildingId()));

        // In view: the building with its measures, the elevator faulty, the organisations covering it.
        String box = "west=" + (place.longitude() - 0.0005) + "&south=" + (place.latitude() - 0.0005) + "&east="
                + (place.longitude() + 0.0005) + "&north=" + (place.latitude() + 0.0005);
        await().atMost(WAIT).untilAsserted(() -> operator().get("/api/v1/layers/buildings?" + box).then()
                .statusCode(200)
                .body("items.find { it.buildingId == '" + place.buildingId() + "' }.openAppeals", equalTo(5))
                .body("items.find { it.buildingId == '" + place.buildingId() + "' }.careHouseholds", equalTo(6)));
        operator().get("/api/v1/layers/facilities?class=0601&" + box).then().statusCode(200)
                .body("items.find { it.facilityId == '" + place.elevator() + "' }.status", equalTo("FAULTY"))
                .body("items.find { it.facilityId == '" + place.elevator() + "' }.repeats", equalTo(true));
        operator().get("/api/v1/layers/facilities?class=0602&" + box).then().statusCode(200)
                .body("items.facilityId", not(hasItem(place.elevator().toString())));
        operator().get("/api/v1/layers/organisations?" + box).then().statusCode(200)
                .body("code", hasItem("PG-" + place.tag())).body("code", hasItem("PC-" + place.tag()));

        // One box: "<estate> 3栋" finds the building first, a code the facility, a name the organisation, a
        // reference the appeal, in any case; a wildcard typed is looked for, not obeyed.
        operator().queryParam("q", "测试小区" + place.tag() + " 3栋").get("/api/v1/search").then().statusCode(200)
                .body("[0].kind", equalTo("building")).body("[0].id", equalTo(place.buildingId()));
        operator().queryParam("q", facilityCode(place)).get("/api/v1/search").then().statusCode(200)
                .body("find { it.kind == 'facility' }.id", equalTo(place.elevator().toString()));
        operator().queryParam("q", "楼栋党小组 " + place.tag()).get("/api/v1/search").then().statusCode(200)
                .body("find { it.kind == 'organisation' }.id", equalTo(place.partyGroup().toString()));
        operator().queryParam("q", ("bq-t-" + place.tag() + "-1").toLowerCase()).get("/api/v1/search").then()
                .statusCode(200).body("find { it.kind == 'appeal' }.id", equalTo(place.naming().toString()));
        operator().queryParam("q", "%").get("/api/v1/search").then().statusCode(200)
                .body("kind", not(hasItem("building")));
    }

    @Test
    void whoIsOnDutyFollowsTheRosterAndTheShiftAtTheBusinessClocksTime() {
        Instant t = clock.instant();
        String grid = "t-duty-" + Long.toString(System.nanoTime() % 1_000_000, 36);
        KafkaTestClient kafka = GridLoopTestInfrastructure.current().kafka();
        // All week, all day; and a shift of no minutes at all: never on duty.
        kafka.sendEvent(new GridRosterInForce(grid, "hualong", List.of(
                new GridRosterInForce.Worker("w-always", "常在", "1234567", 0, 24 * 60),
                new GridRosterInForce.Worker("w-never", "不在", "1234567", 0, 0)), t));
        // An older roster arriving later changes nothing.
        kafka.sendEvent(new GridRosterInForce(grid, "hualong", List.of(), t.minusSeconds(60)));
        await().atMost(WAIT).untilAsserted(() -> operator().get("/api/v1/layers/on-duty").then().statusCode(200)
                .body("find { it.gridId == '" + grid + "' }.workers.workerId", equalTo(List.of("w-always"))));
    }

    @Test
    void aViewTurnedAroundAClassThatIsNoClassAndAnEmptySearchAreRefusedInTheCallersLanguage() {
        operator().header("Accept-Language", "zh-CN").get("/api/v1/layers/buildings?west=106.3&south=29.6&east=106.2"
                + "&north=29.7").then().statusCode(400).contentType("application/problem+json");
        operator().header("Accept-Language", "zh-CN").get("/api/v1/layers/facilities?west=106.2&south=29.6&east=106.3"
                + "&north=29.7&class=lift").then().statusCode(400)
                .body("violations[0].message", equalTo("须为 4 位设施类别代码，例如 0601"));
        operator().queryParam("q", "").get("/api/v1/search").then().statusCode(400);
        operator().get("/api/v1/cards/buildings/no-such-building").then().statusCode(404);
        given().auth().oauth2(Tokens.of(Tokens.HOTLINE)).get("/api/v1/repeat-problems").then().statusCode(403);
    }

    @Test
    void theRegistryNotAnsweringAContactReadIsA503InTheCallersLanguage() {
        // No registry runs beside this module's tests (the system tests read contacts through it).
        operator().header("Accept-Language", "zh-CN").queryParam("purpose", "处置诉求需要联系")
                .get("/api/v1/cards/organisations/" + UUID.randomUUID() + "/contact").then().statusCode(503)
                .contentType("application/problem+json").body("title", equalTo("基础信息服务没有响应"));
    }

    private static String facilityCode(Place place) {
        return "F" + place.tag();
    }

    private long facilityLines(UUID facility) {
        return operator().get("/api/v1/feed/recent?limit=200").then().statusCode(200).extract()
                .<List<String>>path("facilityId").stream().filter(facility.toString()::equals).count();
    }

    private static io.restassured.specification.RequestSpecification operator() {
        return given().auth().oauth2(Tokens.of(Tokens.OPERATOR));
    }

    private static ValidatableResponse card(String kind, String id) {
        return operator().get("/api/v1/cards/" + kind + "/" + id).then();
    }
}
