package gridloop.command;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import gridloop.events.Actor;
import gridloop.events.AppealClosed;
import gridloop.events.AppealRated;
import gridloop.events.AppealRejected;
import gridloop.events.AppealSubmitted;
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
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The counters' satisfaction rate is the evaluation's: a rating counts as satisfied from
 * {@link AppealRated#SATISFIED_FROM} (4) up, over the appeals rated, for the appeals submitted in the period.
 */
@QuarkusTest
@QuarkusTestResource(GridLoopTestInfrastructure.class)
class CounterRatesTest {

    @Inject
    MovableClock clock;

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    @Test
    void aFourIsSatisfiedAndAThreeIsNot() {
        // A day of its own, years from any other test's appeals: today's rates are this test's three appeals.
        Instant day = LocalDate.of(2031, 3, 10).atTime(LocalTime.of(10, 0)).atZone(MovableClock.DISTRICT).toInstant();
        clock.pinTo(day);
        KafkaTestClient kafka = GridLoopTestInfrastructure.current().kafka();
        List<Integer> ratings = List.of(AppealRated.SATISFIED_FROM, AppealRated.SATISFIED_FROM - 1);
        for (int satisfaction : ratings) {
            UUID id = UUID.randomUUID();
            kafka.sendEvent(new AppealSubmitted(id, "BQ-20310310-" + satisfaction, "NOISE", "Drilling",
                    new Location(29.597, 106.223, null), List.of(), "APP", "p-rates", Actor.system("test"), day));
            kafka.sendEvent(new AppealRated(id, satisfaction, true, null, 1, Actor.system("test"), day.plusSeconds(60)));
        }
        kafka.sendEvent(new AppealSubmitted(UUID.randomUUID(), "BQ-20310310-unrated", "NOISE", "Drilling",
                new Location(29.597, 106.223, null), List.of(), "APP", "p-rates", Actor.system("test"), day));
        clock.pinTo(day.plus(Duration.ofHours(1)));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Tokens.of(Tokens.OPERATOR))
                .get("/api/v1/counters").then().statusCode(200)
                .body("today.received", equalTo(3))
                .body("today.satisfiedRate", equalTo(0.5f)));
    }

    /** As in the evaluation: a duplicate merged into another is counted with its original, not on its own. */
    @Test
    void aMergedDuplicateIsNotCountedEvenOnceItClosesWithItsOriginal() {
        Instant day = LocalDate.of(2031, 3, 11).atTime(LocalTime.of(10, 0)).atZone(MovableClock.DISTRICT).toInstant();
        clock.pinTo(day);
        KafkaTestClient kafka = GridLoopTestInfrastructure.current().kafka();
        UUID original = UUID.randomUUID();
        UUID duplicate = UUID.randomUUID();
        for (UUID id : List.of(original, duplicate)) {
            kafka.sendEvent(new AppealSubmitted(id, "BQ-20310311-" + id.toString().substring(0, 6), "NOISE", "Drilling",
                    new Location(29.597, 106.223, null), List.of(), "APP", "p-rates", Actor.system("test"), day));
        }
        kafka.sendEvent(new AppealRejected(duplicate, AppealRejected.DUPLICATE, null, Actor.system("test"),
                day.plusSeconds(60), original));
        kafka.sendEvent(new AppealClosed(duplicate, AppealClosed.BY_ORIGINAL, Actor.system("test"), day.plusSeconds(120),
                original, "BQ-20310311-original"));
        clock.pinTo(day.plus(Duration.ofHours(1)));

        // The three events of the duplicate come on three topics, in any order: wait for all of them (the closure alone
        // already says CLOSED), and for the original's submission.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Tokens.of(Tokens.OPERATOR))
                .get("/api/v1/appeals/" + duplicate).then().statusCode(200).body("appeal.status", equalTo("CLOSED"))
                .body("appeal.merged", equalTo(true)).body("appeal.submittedAt", notNullValue()));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Tokens.of(Tokens.OPERATOR))
                .get("/api/v1/appeals/" + original).then().statusCode(200).body("appeal.submittedAt", notNullValue()));
        given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).get("/api/v1/counters").then().statusCode(200)
                .body("today.received", equalTo(1))
                .body("today.closureRate", equalTo(0.0f));
    }
}
