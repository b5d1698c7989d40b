package gridloop.registry;

import static gridloop.registry.RegistryFixture.B1;
import static gridloop.registry.RegistryFixture.ELEVATOR_CODE;
import static gridloop.registry.RegistryFixture.token;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import gridloop.events.Actor;
import gridloop.events.AppealAssigned;
import gridloop.events.AppealReopened;
import gridloop.events.AppealResolved;
import gridloop.events.AppealSubmitted;
import gridloop.events.EventCodec;
import gridloop.events.FacilityRecorded;
import gridloop.events.GridUnit;
import gridloop.events.Location;
import gridloop.events.Topics;
import gridloop.registry.imports.RegistryIds;
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
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Appeals meet the registry on the real broker: an appeal naming the elevator marks it faulty, the closure reported
 * FIXED puts it back in service, a reopening marks it faulty again; each change is on the facilities topic, and the
 * repeat faults count the appeals of the last 90 days.
 */
@QuarkusTest
@QuarkusTestResource(GridLoopTestInfrastructure.class)
class FacilityAppealFlowTest {

    static final UUID ELEVATOR = RegistryIds.facility(ELEVATOR_CODE);

    @Inject
    MovableClock clock;

    @BeforeEach
    void street() {
        RegistryFixture.load();
    }

    @Test
    void anAppealNamingTheElevatorMovesItsStatusAndCountsAsAFault() {
        KafkaTestClient kafka = GridLoopTestInfrastructure.current().kafka();
        int faultsBefore = facility().extract().jsonPath().getInt("faultsInWindow");
        Instant now = clock.instant();
        UUID appeal = UUID.randomUUID();
        kafka.sendEvent(new AppealSubmitted(appeal, "BQ-E1", "FACILITY_DAMAGE", "1栋电梯困人",
                new Location(29.5915, 106.2115, null), List.of(), "APP", "p-1", Actor.system("test"), now, ELEVATOR));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> facility().body("status", equalTo("FAULTY"))
                .body("faultsInWindow", equalTo(faultsBefore + 1)));

        kafka.sendEvent(new AppealAssigned(appeal, new GridUnit("biquan", "Biquan Street"),
                new GridUnit("niujiaowan", "Niujiaowan Community"), new GridUnit("haoyu-g1", "Haoyu Grid 1"),
                "w-haoyu-g1-1", "张丽", null, now.plusSeconds(3600), now.plusSeconds(86_400), Actor.system("test"),
                now.plusSeconds(1), B1));
        kafka.sendEvent(new AppealResolved(appeal, "更换了控制板", List.of(), "张丽", 1, Actor.system("test"),
                now.plusSeconds(7200), AppealResolved.FIXED, null));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> facility().body("status", equalTo("IN_SERVICE")));
        given().auth().oauth2(token(Tokens.OPERATOR)).get("/api/v1/buildings/" + B1).then().statusCode(200)
                .body("appeals.appealId", hasItem(appeal.toString()))
                .body("facilities.find { it.code == '" + ELEVATOR_CODE + "' }.status", equalTo("IN_SERVICE"));
        given().auth().oauth2(token(Tokens.OPERATOR)).get("/api/v1/facilities/" + ELEVATOR + "/appeals").then()
                .statusCode(200).body("find { it.appealId == '" + appeal + "' }.outcome", equalTo("FIXED"));

        kafka.sendEvent(new AppealReopened(appeal, 1, Actor.system("test"), now.plusSeconds(9000)));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> facility().body("status", equalTo("FAULTY")));

        GridLoopTestInfrastructure.current().awaitQuiet("registry", Topics.APPEALS_SUBMITTED,
                Topics.APPEALS_DISPATCH, Topics.APPEALS_FEEDBACK);
        List<String> published = kafka.readAll(Topics.REGISTRY_FACILITIES).stream()
                .filter(record -> record.key().equals(ELEVATOR.toString()))
                .map(record -> ((FacilityRecorded) EventCodec.decode("gridloop.registry.facility.v1", record.value()))
                        .status()).toList();
        List<String> last = published.subList(published.size() - 3, published.size());
        assertEquals(List.of("FAULTY", "IN_SERVICE", "FAULTY"), last, "each move published once, in order");
    }

    @Test
    void anAppealWithoutAFacilityOrAboutAnUnknownOneMovesNothing() {
        KafkaTestClient kafka = GridLoopTestInfrastructure.current().kafka();
        UUID hydrant = RegistryIds.facility(RegistryFixture.HYDRANT_CODE);
        kafka.sendEvent(new AppealSubmitted(UUID.randomUUID(), "BQ-E2", "NOISE", "Night works",
                new Location(29.5935, 106.2155, null), List.of(), "APP", "p-2", Actor.system("test"), clock.instant(),
                UUID.randomUUID()));
        GridLoopTestInfrastructure.current().awaitQuiet("registry", Topics.APPEALS_SUBMITTED);
        given().auth().oauth2(token(Tokens.OPERATOR)).get("/api/v1/facilities/" + hydrant).then().statusCode(200)
                .body("status", equalTo("IN_SERVICE"));
    }

    private static io.restassured.response.ValidatableResponse facility() {
        return given().auth().oauth2(token(Tokens.OPERATOR)).get("/api/v1/facilities/" + ELEVATOR).then()
                .statusCode(200);
    }
}
