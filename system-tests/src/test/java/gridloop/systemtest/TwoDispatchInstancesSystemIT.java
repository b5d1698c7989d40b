package gridloop.systemtest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import gridloop.testkit.Tokens;
import gridloop.events.AppealAssigned;
import gridloop.events.CloudEventHeaders;
import gridloop.events.EventCodec;
import gridloop.events.Topics;
import gridloop.testkit.KafkaTestClient;
import gridloop.localstack.ServiceProcess;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two dispatch processes on one database, in one consumer group, share the submitted topic's partitions:
 * every appeal is assigned exactly once and the workers' load counters still equal their open tasks.
 */
class TwoDispatchInstancesSystemIT {

    private static final List<String> GRIDS = List.of("haoyu-g2", "niujiaowan-g1");
    private static RunningSystem system;
    private static ServiceProcess secondDispatch;

    @BeforeAll
    static void startSecondInstance() {
        system = RunningSystem.shared();
        secondDispatch = system.startAnother("dispatch");
    }

    @AfterAll
    static void stopSecondInstance() throws Exception {
        if (secondDispatch != null) {
            secondDispatch.stop();
            // Leave the group as it was found: the first instance owns every partition again.
            ConsumerLag groups = new ConsumerLag(system.broker.clientSettings());
            await().atMost(Duration.ofSeconds(60)).until(() -> groups.settledWith("dispatch", Topics.APPEALS_SUBMITTED, 1));
        }
    }

    @Test
    void aHundredAppealsAreAssignedOnceEachAndTheLoadCountersDoNotDrift() throws Exception {
        ConsumerLag groups = new ConsumerLag(system.broker.clientSettings());
        await().atMost(Duration.ofSeconds(60)).until(() -> groups.membersOwning("dispatch", Topics.APPEALS_SUBMITTED) == 2);
        Map<String, Integer> loadBefore = loadCounters(system.dispatch);

        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            // Half in a grid with two workers, half in one with three, so workers' rows are contended.
            double lat = i % 2 == 0 ? 29.58 : 29.60;
            double lon = i % 2 == 0 ? 106.21 : 106.203;
            ids.add(given().baseUri(system.intake.url()).auth().oauth2(system.token(Tokens.RESIDENT)).contentType(ContentType.JSON).body("""
                            {"category": "NOISE", "description": "Loud music after midnight, appeal %d",
                             "location": {"latitude": %s, "longitude": %s},
                             "reporter": {"name": "Resident", "phone": "13800000000"}}
                            """.formatted(i, lat, lon))
                    .post("/api/v1/appeals").then().statusCode(202).extract().<String>path("id"));
        }

        List<AppealAssigned> assigned = assignedEvents(ids);
        assertEquals(100, assigned.size(), "assigned events for 100 appeals");
        assertEquals(ids, assigned.stream().map(a -> a.appealId().toString()).collect(Collectors.toSet()));

        Map<String, Long> newPerWorker = assigned.stream().filter(a -> a.assigneeId() != null)
                .collect(Collectors.groupingBy(AppealAssigned::assigneeId, Collectors.counting()));
        // Both instances answer from the same database, so either shows the same counters.
        for (ServiceProcess instance : List.of(system.dispatch, secondDispatch)) {
            Map<String, Integer> loadAfter = loadCounters(instance);
            for (Entry<String, Integer> worker : loadAfter.entrySet()) {
                long expected = loadBefore.get(worker.getKey()) + newPerWorker.getOrDefault(worker.getKey(), 0L);
                assertEquals(expected, worker.getValue().longValue(), "load counter of " + worker.getKey());
                assertEquals(openTasksListed(instance, worker.getKey()), worker.getValue().intValue(),
                        "counter vs open tasks of " + worker.getKey());
            }
        }
    }

    private static Map<String, Integer> loadCounters(ServiceProcess dispatch) {
        Map<String, Integer> counters = new HashMap<>();
        for (String grid : GRIDS) {
            JsonPath workers = given().baseUri(dispatch.url()).auth().oauth2(system.token(Tokens.OPERATOR)).get("/api/v1/grids/" + grid + "/workers").then()
                    .statusCode(200).extract().jsonPath();
            List<String> workerIds = workers.getList("id", String.class);
            for (int i = 0; i < workerIds.size(); i++) {
                counters.put(workerIds.get(i), workers.getInt("[" + i + "].openTasks"));
            }
        }
        return counters;
    }

    private static int openTasksListed(ServiceProcess dispatch, String worker) {
        int open = 0;
        for (String status : List.of("ASSIGNED", "ACCEPTED", "ESCALATED", "RESOLVED")) {
            open += given().baseUri(dispatch.url()).auth().oauth2(system.token(Tokens.OPERATOR)).queryParam("assignee", worker).queryParam("status", status)
                    .queryParam("size", 1).get("/api/v1/tasks").then().statusCode(200).extract().jsonPath()
                    .getInt("total");
        }
        return open;
    }

    private static List<AppealAssigned> assignedEvents(Set<String> appealIds) throws Exception {
        KafkaTestClient kafka = system.kafka();
        Function<List<ConsumerRecord<String, byte[]>>, List<AppealAssigned>> assigned = records -> records.stream()
                .filter(r -> appealIds.contains(r.key()))
                .filter(r -> "gridloop.appeal.assigned.v1".equals(KafkaTestClient.header(r, CloudEventHeaders.TYPE)))
                .map(r -> (AppealAssigned) EventCodec.decode("gridloop.appeal.assigned.v1", r.value()))
                .toList();
        await().atMost(Duration.ofSeconds(90)).until(() -> assigned.apply(kafka.readUntil(Topics.APPEALS_DISPATCH,
                Duration.ofSeconds(15), list -> assigned.apply(list).size() >= appealIds.size())).size()
                >= appealIds.size());
        // Read once more when the system is quiet, so a late duplicate would still show up.
        system.awaitQuiet();
        return assigned.apply(kafka.readAll(Topics.APPEALS_DISPATCH));
    }
}
