package gridloop.feedback;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import gridloop.events.Actor;
import gridloop.events.AppealAssigned;
import gridloop.events.AppealClosed;
import gridloop.events.AppealRejected;
import gridloop.events.AppealResolved;
import gridloop.events.AppealSubmitted;
import gridloop.events.CloudEventHeaders;
import gridloop.events.EventCodec;
import gridloop.events.GridUnit;
import gridloop.events.Location;
import gridloop.events.Topics;
import gridloop.testkit.GridLoopTestInfrastructure;
import gridloop.testkit.KafkaTestClient;
import gridloop.testkit.MovableClock;
import gridloop.testkit.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An operator's merge of a duplicate (its reporter rates the original, and it closes with the original), and the
 * outcomes of a closure report (FIXED, NOT_FIXABLE with a reason, NOT_RESPONSIBLE).
 */
@QuarkusTest
@QuarkusTestResource(GridLoopTestInfrastructure.class)
class MergeAndOutcomeTest {

    @Inject
    MovableClock clock;

    @BeforeAll
    static void decimalsAsDoubles() {
        FeedbackFlowTest.decimalsAsDoubles();
    }

    @Test
    void theDuplicatesReporterRatesTheOriginalAndTheDuplicateClosesWithIt() {
        String grid = "merge-" + UUID.randomUUID();
        Instant submitted = clock.instant();
        UUID original = appeal(grid, "BQ-ORIGINAL", Tokens.RESIDENT, submitted);
        UUID duplicate = appeal(grid, "BQ-DUPLICATE", Tokens.OTHER_RESIDENT, submitted.plusSeconds(60));
        kafka().sendEvent(new AppealRejected(duplicate, AppealRejected.DUPLICATE, "Duplicate of BQ-ORIGINAL",
                new Actor("operator", "operator-1"), submitted.plusSeconds(120), original));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> view(duplicate, Tokens.OPERATOR).statusCode(200)
                .body("status", equalTo("REJECTED")).body("mergedInto", equalTo(original.toString())));

        // The duplicate's reporter follows the original; someone else still does not see it.
        view(original, Tokens.OTHER_RESIDENT).statusCode(200).body("status", equalTo("ASSIGNED"));
        view(original, Tokens.THIRD_RESIDENT).statusCode(404);

        closure(original, "{\"resolution\": \"Replaced the lamp\"}").statusCode(200).body("outcome", equalTo("FIXED"));
        rating(original, Tokens.THIRD_RESIDENT).statusCode(404);
        rating(original, Tokens.OTHER_RESIDENT).statusCode(200).body("status", equalTo("CLOSED"));
        // One rating per closure round, whoever of the followers gives it.
        rating(original, Tokens.RESIDENT).statusCode(409);

        view(duplicate, Tokens.OPERATOR).statusCode(200).body("status", equalTo("CLOSED"))
                .body("closedBy", equalTo("ORIGINAL"));
        List<AppealClosed> closed = closedEvents(duplicate);
        assertEquals(1, closed.size(), closed.toString());
        assertEquals(original, closed.get(0).mergedInto());
        assertEquals("BQ-ORIGINAL", closed.get(0).mergedIntoReference());

        // The duplicate counts in no unit: the grid received one appeal, closed and fixed.
        given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).queryParam("level", "grid")
                .queryParam("from", submitted.minusSeconds(60).toString())
                .queryParam("to", submitted.plusSeconds(3600).toString()).get("/api/v1/evaluations").then()
                .statusCode(200)
                .body("items.find { it.unitId == '" + grid + "' }.received", equalTo(1))
                .body("items.find { it.unitId == '" + grid + "' }.closed", equalTo(1))
                .body("items.find { it.unitId == '" + grid + "' }.fixed", equalTo(1))
                .body("items.find { it.unitId == '" + grid + "' }.fixedRate", equalTo(1.0));
    }

    @Test
    void aDuplicateMergedIntoAnAlreadyClosedOriginalClosesAtOnce() {
        String grid = "merge-late-" + UUID.randomUUID();
        Instant submitted = clock.instant();
        UUID original = appeal(grid, "BQ-CLOSED", Tokens.RESIDENT, submitted);
        UUID duplicate = appeal(grid, "BQ-LATE", Tokens.OTHER_RESIDENT, submitted.plusSeconds(60));
        closure(original, "{\"resolution\": \"Done\"}").statusCode(200);
        rating(original, Tokens.RESIDENT).statusCode(200).body("status", equalTo("CLOSED"));

        // Dispatch merged it before it heard of the closure.
        kafka().sendEvent(new AppealRejected(duplicate, AppealRejected.DUPLICATE, "Duplicate of BQ-CLOSED",
                new Actor("operator", "operator-1"), clock.instant(), original));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> view(duplicate, Tokens.OPERATOR).statusCode(200)
                .body("status", equalTo("CLOSED")).body("closedBy", equalTo("ORIGINAL")));
        assertEquals(1, closedEvents(duplicate).size());
    }

    @Test
    void aClosureSaysWhetherItWasFixed() {
        String grid = "outcome-" + UUID.randomUUID();
        UUID notFixable = appeal(grid, "BQ-TREE", Tokens.RESIDENT, clock.instant());
        closure(notFixable, "{\"resolution\": \"Surveyed\", \"outcome\": \"NOT_FIXABLE\"}").statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("outcomeReason"));
        closure(notFixable, "{\"resolution\": \"Surveyed\", \"outcome\": \"MAYBE\"}").statusCode(400)
                .contentType("application/problem+json");
        closure(notFixable, "{\"resolution\": \"Surveyed\", \"outcome\": \"NOT_FIXABLE\","
                + " \"outcomeReason\": \"A protected tree: pruning only in winter\"}").statusCode(200)
                .body("status", equalTo("RESOLVED")).body("outcome", equalTo("NOT_FIXABLE"));

        UUID notOurs = appeal(grid, "BQ-WALL", Tokens.RESIDENT, clock.instant());
        closure(notOurs, "{\"resolution\": \"The school's wall: the school repairs it\","
                + " \"outcome\": \"NOT_RESPONSIBLE\", \"outcomeReason\": \"ignored\"}").statusCode(200)
                .body("outcome", equalTo("NOT_RESPONSIBLE"));

        AppealResolved first = resolvedEvent(notFixable);
        assertEquals("NOT_FIXABLE", first.outcome());
        assertEquals("A protected tree: pruning only in winter", first.outcomeReason());
        AppealResolved second = resolvedEvent(notOurs);
        assertEquals("NOT_RESPONSIBLE", second.outcome());
        assertEquals(null, second.outcomeReason(), "a reason only goes with NOT_FIXABLE");
    }

    private static KafkaTestClient kafka() {
        return GridLoopTestInfrastructure.current().kafka();
    }

    private static UUID appeal(String grid, String reference, String reporter, Instant submittedAt) {
        UUID id = UUID.randomUUID();
        kafka().sendEvent(new AppealSubmitted(id, reference, "STREET_LIGHT", "Lamp out", new Location(29.597, 106.223, null),
                List.of(), "APP", ReporterPseudonym.of(reporter), Actor.system("test"), submittedAt));
        kafka().sendEvent(new AppealAssigned(id, new GridUnit("biquan", "Biquan Street"),
                new GridUnit("hualong", "Hualong Community"), new GridUnit(grid, "Grid " + grid), "w-1", "Chen Li",
                null, submittedAt.plus(Duration.ofHours(4)), submittedAt.plus(Duration.ofHours(72)),
                Actor.system("test"), submittedAt.plusSeconds(1)));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> view(id, Tokens.OPERATOR).statusCode(200)
                .body("status", equalTo("ASSIGNED")).body("submittedAt", notNullValue()));
        return id;
    }

    private static io.restassured.response.ValidatableResponse view(UUID id, String user) {
        return given().auth().oauth2(Tokens.of(user)).get("/api/v1/appeals/" + id + "/feedback").then();
    }

    private static io.restassured.response.ValidatableResponse closure(UUID id, String body) {
        return given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).contentType(ContentType.JSON).body(body)
                .post("/api/v1/appeals/" + id + "/closure").then();
    }

    private static io.restassured.response.ValidatableResponse rating(UUID id, String user) {
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON)
                .body("{\"satisfaction\": 5, \"resolved\": true}").post("/api/v1/appeals/" + id + "/rating").then();
    }

    private static List<AppealClosed> closedEvents(UUID appeal) {
        return eventsOf(appeal, "gridloop.appeal.closed.v1").stream().map(AppealClosed.class::cast).toList();
    }

    private static AppealResolved resolvedEvent(UUID appeal) {
        List<Object> resolved = eventsOf(appeal, "gridloop.appeal.resolved.v1");
        assertEquals(1, resolved.size(), resolved.toString());
        return (AppealResolved) resolved.get(0);
    }

    private static List<Object> eventsOf(UUID appeal, String type) {
        List<ConsumerRecord<String, byte[]>> records = FeedbackFlowTest.publishedWhenQuiet(Topics.APPEALS_FEEDBACK);
        return records.stream().filter(r -> appeal.toString().equals(r.key()))
                .filter(r -> type.equals(KafkaTestClient.header(r, CloudEventHeaders.TYPE)))
                .map(r -> (Object) EventCodec.decode(type, r.value())).toList();
    }
}
