package gridloop.dispatch;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gridloop.events.AppealAssigned;
import gridloop.events.AppealSubmitted;
import gridloop.events.CloudEventHeaders;
import gridloop.events.EventCodec;
import gridloop.events.Topics;
import gridloop.testkit.Tokens;
import gridloop.testkit.GridLoopTestInfrastructure;
import gridloop.testkit.KafkaTestClient;
import gridloop.testkit.MovableClock;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * 100 appeals in one grid on a Wednesday morning: the two workers on duty share them evenly, the weekend
 * worker gets none, each appeal is assigned once, and the load counters match the open tasks.
 */
@QuarkusTest
@QuarkusTestResource(GridLoopTestInfrastructure.class)
class AssignmentFairnessTest {

    private static final String GRID = "lianhua-g1";
    private static final String ALWAYS_ON = "w-lianhua-g1-1";
    private static final String WEEKDAYS = "w-lianhua-g1-2";
    private static final String WEEKENDS = "w-lianhua-g1-3";

    @Inject
    MovableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void onDutyWorkersShareAHundredAppealsEvenlyAndTheOffDutyOneGetsNone() {
        // The next Wednesday, 10:00 in the district: w-1 (every day) and w-2 (weekdays 8-20) are on duty.
        clock.pinToNext(DayOfWeek.WEDNESDAY, LocalTime.of(10, 0));
        Map<String, Integer> loadBefore = openTasks();
        List<AppealSubmitted> appeals = java.util.stream.IntStream.range(0, 100)
                .mapToObj(i -> DispatchFlowTest.submitted("NOISE", 29.5825, 106.2233, clock.instant())).toList();
        appeals.forEach(DispatchFlowTest.kafka()::sendEvent);

        Set<String> ids = appeals.stream().map(a -> a.appealId().toString()).collect(Collectors.toSet());
        List<AppealAssigned> assigned = assignedEvents(ids, 100);
        Map<String, Long> perWorker = assigned.stream()
                .collect(Collectors.groupingBy(AppealAssigned::assigneeId, Collectors.counting()));

        assertEquals(100, assigned.stream().map(AppealAssigned::appealId).distinct().count(), "each appeal once");
        assertEquals(100, assigned.size(), "no appeal assigned twice");
        assertTrue(assigned.stream().allMatch(a -> GRID.equals(a.grid().id())), "all in " + GRID);
        assertEquals(Set.of(ALWAYS_ON, WEEKDAYS), perWorker.keySet(), "only the on-duty workers: " + perWorker);
        // Fewest open tasks first: whatever the load before, the two end up level (within one task).
        Map<String, Integer> loadAfter = openTasks();
        assertTrue(Math.abs(loadAfter.get(ALWAYS_ON) - loadAfter.get(WEEKDAYS)) <= 1, "level load: " + loadAfter);
        assertEquals(loadBefore.get(WEEKENDS), loadAfter.get(WEEKENDS));
        if (loadBefore.get(ALWAYS_ON).equals(loadBefore.get(WEEKDAYS))) {
            assertEquals(Map.of(ALWAYS_ON, 50L, WEEKDAYS, 50L), perWorker);
        }
        // The counters do not drift: each equals the worker's open tasks as the task list counts them.
        for (String worker : List.of(ALWAYS_ON, WEEKDAYS, WEEKENDS)) {
            assertEquals(openTasksListed(worker), loadAfter.get(worker), "load counter of " + worker);
        }
    }

    private static Map<String, Integer> openTasks() {
        JsonPath workers = given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).get("/api/v1/grids/" + GRID + "/workers").then().statusCode(200).extract().jsonPath();
        return workers.getList("id", String.class).stream().collect(Collectors.toMap(Function.identity(),
                id -> workers.getInt("find { it.id == '" + id + "' }.openTasks")));
    }

    private static int openTasksListed(String worker) {
        int open = 0;
        for (String status : List.of("ASSIGNED", "ACCEPTED", "ESCALATED", "RESOLVED")) {
            open += given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).queryParam("assignee", worker).queryParam("status", status).queryParam("size", 1)
                    .get("/api/v1/tasks").then().statusCode(200).extract().jsonPath().getInt("total");
        }
        return open;
    }

    static List<AppealAssigned> assignedEvents(Set<String> appealIds, int expected) {
        KafkaTestClient kafka = GridLoopTestInfrastructure.current().kafka();
        Function<List<ConsumerRecord<String, byte[]>>, List<AppealAssigned>> assigned = records -> records.stream()
                .filter(r -> appealIds.contains(r.key()))
                .filter(r -> "gridloop.appeal.assigned.v1".equals(KafkaTestClient.header(r, CloudEventHeaders.TYPE)))
                .map(r -> (AppealAssigned) EventCodec.decode("gridloop.appeal.assigned.v1", r.value()))
                .toList();
        await().atMost(Duration.ofSeconds(60)).until(() -> assigned.apply(
                kafka.readUntil(Topics.APPEALS_DISPATCH, Duration.ofSeconds(10),
                        list -> assigned.apply(list).size() >= expected)).size() >= expected);
        // Read again once dispatch is quiet, so a late duplicate would still show up.
        return assigned.apply(DispatchFlowTest.dispatchedWhenQuiet());
    }
}
