package gridloop.command;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gridloop.events.Actor;
import gridloop.events.AppealAccepted;
import gridloop.events.AppealAssigned;
import gridloop.events.AppealClosed;
import gridloop.events.AppealEscalated;
import gridloop.events.AppealEvent;
import gridloop.events.AppealOverdue;
import gridloop.events.AppealRated;
import gridloop.events.AppealResolved;
import gridloop.events.AppealSentBack;
import gridloop.events.AppealSubmitted;
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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The read model from the events of one appeal's whole loop: delivered once in order, or twice each and
 * shuffled, the command centre ends with the same appeal and the same timeline.
 */
@QuarkusTest
@QuarkusTestResource(GridLoopTestInfrastructure.class)
class ReadModelTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    MovableClock clock;

    @Test
    void theSameEventsTwiceAndShuffledLeaveTheSameModel() throws Exception {
        Instant t = clock.instant();
        UUID inOrder = UUID.randomUUID();
        UUID shuffled = UUID.randomUUID();
        KafkaTestClient kafka = GridLoopTestInfrastructure.current().kafka();
        loop(inOrder, t).forEach(kafka::sendEvent);

        List<Map.Entry<String, AppealEvent>> deliveries = new ArrayList<>();
        for (AppealEvent event : loop(shuffled, t)) {
            String ceId = UUID.randomUUID().toString();
            deliveries.add(Map.entry(ceId, event));
            deliveries.add(Map.entry(ceId, event));
        }
        Collections.shuffle(deliveries, new Random(17));
        deliveries.forEach(delivery -> kafka.sendEvent(delivery.getValue(), delivery.getKey()));

        for (UUID id : List.of(inOrder, shuffled)) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> details(id).statusCode(200)
                    .body("timeline.size()", equalTo(10)).body("appeal.status", equalTo("CLOSED")));
        }
        assertEquals(comparable(inOrder), comparable(shuffled));
        JsonNode appeal = comparable(inOrder).path("appeal");
        assertEquals("hualong-g1", appeal.path("gridId").asText());
        assertEquals("w-1", appeal.path("assigneeId").asText());
        // Absent values are left out of answers (docs/api-conventions.md).
        assertTrue(appeal.path("department").isMissingNode(), "sent back after the escalation: " + appeal);
        assertEquals(4, appeal.path("satisfaction").asInt());
        assertEquals(false, appeal.path("open").asBoolean());
    }

    /** Submitted, assigned, accepted, escalated, sent back, overdue, resolved, rated, closed (and one more rating). */
    static List<AppealEvent> loop(UUID id, Instant t) {
        Actor test = Actor.system("test");
        return List.of(
                new AppealSubmitted(id, "BQ-READ", "FACILITY_DAMAGE", "Broken bench", new Location(29.597, 106.223, null),
                        List.of(), "APP", "p-reader", test, t),
                new AppealAssigned(id, new GridUnit("biquan", "Biquan Street"), new GridUnit("hualong", "Hualong"),
                        new GridUnit("hualong-g1", "Hualong Grid 1"), "w-1", "Chen Li", null, t.plusSeconds(3600),
                        t.plusSeconds(72 * 3600), test, t.plusSeconds(1)),
                new AppealAccepted(id, "w-1", test, t.plusSeconds(2)),
                new AppealEscalated(id, "HOUSING", "Housing Department", "Needs housing", false, test, t.plusSeconds(3)),
                new AppealSentBack(id, "HOUSING", "Housing Department", "NOT_OUR_JURISDICTION", null, 1, false, test,
                        t.plusSeconds(4)),
                new AppealOverdue(id, "RESOLVE", t.plusSeconds(5), test, t.plusSeconds(5)),
                new AppealResolved(id, "Fixed", List.of(), "Chen Li", 1, test, t.plusSeconds(6)),
                new AppealRated(id, 2, true, null, 1, test, t.plusSeconds(7)),
                new AppealRated(id, 4, true, null, 1, test, t.plusSeconds(8)),
                new AppealClosed(id, "RESIDENT", test, t.plusSeconds(9)));
    }

    static io.restassured.response.ValidatableResponse details(UUID id) {
        return given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).get("/api/v1/appeals/" + id).then();
    }

    /** The details without what differs by design: the appeal's id and the feed numbers. */
    private static JsonNode comparable(UUID id) throws Exception {
        ObjectNode details = (ObjectNode) JSON.readTree(details(id).extract().asString());
        ((ObjectNode) details.path("appeal")).remove("appealId");
        details.path("timeline").forEach(item -> ((ObjectNode) item).remove(List.of("id", "appealId")));
        return details;
    }
}
