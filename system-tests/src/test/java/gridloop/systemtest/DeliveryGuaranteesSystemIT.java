package gridloop.systemtest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gridloop.testkit.Tokens;
import gridloop.events.CloudEventHeaders;
import gridloop.events.Topics;
import gridloop.testkit.KafkaTestClient;
import gridloop.localstack.ServiceAccess;
import gridloop.localstack.ServiceProcess;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The architecture's delivery promises under faults, on the real processes, broker and databases: each
 * test drives a stream of appeals through intake while something breaks, then counts with
 * {@link LoopLedger}: every accepted appeal assigned exactly once, nothing lost, nothing applied twice.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DeliveryGuaranteesSystemIT {

    private static final String DEAD_LETTER_REASON = "dead-letter-reason";
    private static RunningSystem system;
    private static LoopLedger ledger;

    @BeforeAll
    static void system() {
        system = RunningSystem.shared();
        ledger = new LoopLedger(system);
    }

    /**
     * Dispatch's database stops in the middle of a stream (while 30 more appeals are accepted) and comes back: the submissions that
     * arrive meanwhile wait (retried with backoff), none goes to the dead-letter topic, all are assigned once.
     */
    @Test
    @Order(1)
    void dispatchDatabaseStoppedAndRestartedMidStream() throws Exception {
        try (AppealStream stream = new AppealStream(system.intake.url(), system.token(Tokens.RESIDENT), 60, Duration.ofMillis(250)).start()) {
            stream.awaitAccepted(10, Duration.ofSeconds(30)); // a few go through before the fault
            system.dispatchPostgres.stop();
            // The outage lasts while 30 more appeals are accepted (about 7.5 s at this pace).
            stream.awaitAccepted(stream.acceptedSoFar() + 30, Duration.ofSeconds(60));
            system.dispatchPostgres.start();
            Set<String> ids = stream.awaitAccepted(Duration.ofSeconds(60));
            assertEquals(Map.of(), stream.refused(), "intake refused nothing: dispatch's outage is not its");
            assertEquals(60, ids.size());
            ledger.assertEachAssignedExactlyOnce(ids);
            assertEquals(List.of(), deadLettered(Topics.APPEALS_SUBMITTED + ".dlq", ids::contains),
                    "an outage of our own database dead-letters nothing");
        }
    }

    /**
     * Unreadable messages between good ones on the submitted topic: each lands in the dead-letter topic of
     * both its consumers (dispatch and feedback) with a reason, and the appeals behind them are assigned.
     */
    @Test
    @Order(2)
    void poisonMessagesGoToTheDeadLetterTopicAndTheStreamFlowsOn() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        KafkaTestClient kafka = system.kafka();
        List<String> poisonKeys = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        try (AppealStream before = new AppealStream(system.intake.url(), system.token(Tokens.RESIDENT), 10, Duration.ofMillis(50)).start()) {
            ids.addAll(before.awaitAccepted(Duration.ofSeconds(30)));
        }
        Map<String, byte[]> bodies = new LinkedHashMap<>();
        bodies.put("not-json", "}{ this is not JSON".getBytes(StandardCharsets.UTF_8));
        bodies.put("wrong-schema", "{\"appealId\": \"not-a-uuid\", \"surprise\": true}".getBytes(StandardCharsets.UTF_8));
        bodies.put("newer-version", "{\"appealId\": \"%s\"}".formatted(UUID.randomUUID()).getBytes(StandardCharsets.UTF_8));
        bodies.put("no-headers", "{}".getBytes(StandardCharsets.UTF_8));
        for (Map.Entry<String, byte[]> poison : bodies.entrySet()) {
            String key = EventContractSystemIT.POISON_KEY_PREFIX + poison.getKey() + "-" + run;
            poisonKeys.add(key);
            Map<String, String> headers = switch (poison.getKey()) {
                case "no-headers" -> Map.of();
                case "newer-version" -> cloudEvent("gridloop.appeal.submitted.v2");
                default -> cloudEvent(LoopLedger.SUBMITTED);
            };
            kafka.send(Topics.APPEALS_SUBMITTED, key, poison.getValue(), headers);
            // Good appeals behind each poison message (6 partitions, 10 appeals: behind it in its partition too).
            try (AppealStream after = new AppealStream(system.intake.url(), system.token(Tokens.RESIDENT), 10, Duration.ofMillis(50)).start()) {
                ids.addAll(after.awaitAccepted(Duration.ofSeconds(30)));
            }
        }
        assertEquals(50, ids.size());
        ledger.assertEachAssignedExactlyOnce(ids);

        Set<String> keys = Set.copyOf(poisonKeys);
        // Every service that reads the topic parks each one: dispatch, feedback and the command centre.
        long readers = ServiceAccess.ALL.stream().filter(access -> access.reads().contains(Topics.APPEALS_SUBMITTED))
                .count();
        await().atMost(Duration.ofSeconds(60)).until(() ->
                deadLettered(Topics.APPEALS_SUBMITTED + ".dlq", keys::contains).size() >= readers * keys.size());
        system.awaitQuiet();
        List<ConsumerRecord<String, byte[]>> parked = deadLettered(Topics.APPEALS_SUBMITTED + ".dlq", keys::contains);
        Map<String, Long> copies = parked.stream().collect(Collectors.groupingBy(ConsumerRecord::key, Collectors.counting()));
        assertEquals(keys.stream().collect(Collectors.toMap(k -> k, k -> readers)), copies,
                "each poison message parked once by each service that reads the topic");
        for (ConsumerRecord<String, byte[]> record : parked) {
            String reason = KafkaTestClient.header(record, DEAD_LETTER_REASON);
            assertTrue(reason != null && !reason.isBlank(), "a reason on " + record.key());
        }
    }

    /**
     * Every topic read again from offset 0 by a second instance of each service in fresh consumer groups:
     * every event is recognised as applied, so no state changes and nothing new is published.
     */
    @Test
    @Order(3)
    void replayingEveryTopicFromTheStartChangesNothing() throws Exception {
        // Something on every topic of the loop, whatever ran before: 20 appeals assigned, 3 of them closed
        // (resolved, rated, closed from feedback; intake and dispatch apply those).
        Set<String> ids;
        try (AppealStream stream = new AppealStream(system.intake.url(), system.token(Tokens.RESIDENT), 20, Duration.ofMillis(50)).start()) {
            ids = stream.awaitAccepted(Duration.ofSeconds(30));
        }
        ledger.assertEachAssignedExactlyOnce(ids);
        for (String id : ids.stream().limit(3).toList()) {
            given().baseUri(system.feedback.url()).auth().oauth2(system.token(Tokens.OPERATOR)).contentType(ContentType.JSON)
                    .body("{\"resolution\": \"Spoke to the neighbours\"}").post("/api/v1/appeals/" + id + "/closure")
                    .then().statusCode(200);
            given().baseUri(system.feedback.url()).auth().oauth2(system.token(Tokens.RESIDENT)).contentType(ContentType.JSON)
                    .body("{\"satisfaction\": 5, \"resolved\": true}").post("/api/v1/appeals/" + id + "/rating")
                    .then().statusCode(200);
        }
        Map<String, Long> before = SystemFingerprint.awaitQuiet(system);
        long parkedBefore = parkedAppealEvents();
        String run = UUID.randomUUID().toString().substring(0, 8);
        Map<String, List<String>> channels = Map.of(
                "intake", List.of("dispatch-events", "feedback-events"),
                "dispatch", List.of("submitted-events", "feedback-events"),
                "feedback", List.of("submitted-events", "dispatch-events"));
        List<ServiceProcess> replays = new ArrayList<>();
        Map<String, List<String>> groupTopics = new LinkedHashMap<>();
        try {
            for (Map.Entry<String, List<String>> service : channels.entrySet()) {
                Map<String, String> environment = new LinkedHashMap<>();
                String group = service.getKey() + "-replay-" + run;
                for (String channel : service.getValue()) {
                    environment.put("MP_MESSAGING_INCOMING_" + channel.toUpperCase().replace('-', '_') + "_GROUP_ID", group);
                }
                groupTopics.put(group, service.getValue().stream().map(DeliveryGuaranteesSystemIT::topicOf).toList());
                replays.add(system.another(service.getKey(), environment).start());
            }
            for (ServiceProcess replay : replays) {
                replay.awaitReady(Duration.ofSeconds(180));
            }
            ConsumerLag lag = new ConsumerLag(system.broker.clientSettings());
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> groupTopics.entrySet().stream().allMatch(g -> lag.caughtUp(g.getKey(), g.getValue())));
            // Settled: anything a replayed event wrongly caused has committed and been published.
            assertEquals(before, SystemFingerprint.awaitQuiet(system),
                    "state rows, processed ids, outbox rows and topic sizes after the replay");
            // Recognised as applied, not failed: a handler that tripped over its own earlier work (a unique
            // key, a task that exists) would leave the state alone too, but park the event.
            assertEquals(parkedBefore, parkedAppealEvents(), "appeal events dead-lettered during the replay");
        } finally {
            replays.forEach(ServiceProcess::stop);
        }
    }

    /**
     * The broker stops in the middle of a stream for about 25 s: intake still accepts every submission (the
     * appeal and its event commit in its database), and is even SIGKILLed and restarted before the broker
     * returns, with 50 events the broker never had. The relays publish them when the broker is back (an
     * event held only in a producer's memory would have died with intake), and every appeal is assigned once.
     */
    @Test
    @Order(4)
    void brokerStoppedMidStream() throws Exception {
        try (AppealStream stream = new AppealStream(system.intake.url(), system.token(Tokens.RESIDENT), 60, Duration.ofMillis(400)).start()) {
            stream.awaitAccepted(10, Duration.ofSeconds(30));
            system.broker.stop();
            // The outage lasts while the other 50 submissions are accepted (about 20 s at this pace), and
            // while intake is killed and started again (not ready without a broker, but serving).
            Set<String> ids = stream.awaitAccepted(Duration.ofSeconds(60));
            system.intake.kill();
            system.intake.start();
            await().atMost(Duration.ofSeconds(120)).ignoreExceptions().untilAsserted(() ->
                    given().baseUri(system.intake.managementUrl()).get("/q/health/live").then().statusCode(200));
            system.broker.start();
            system.intake.awaitReady(Duration.ofSeconds(60));
            assertEquals(Map.of(), stream.refused(), "every submission accepted while the broker was away");
            assertEquals(60, ids.size());
            ledger.assertEachAssignedExactlyOnce(ids);
            // The producers kept retrying their in-flight batches under the same sequence numbers, so
            // nothing the broker wrote just before it went away was written again.
            LoopLedger.Counts counts = ledger.settle(ids, Duration.ofSeconds(10));
            assertEquals(List.of(0L, 0L), List.of(counts.submittedCopies(), counts.assignedCopies()),
                    "copies of submitted and assigned events on the topics");
        }
    }

    /**
     * Each service in turn is killed with SIGKILL in the middle of a stream and started again: whatever
     * intake accepted (2xx) is assigned exactly once; submissions sent while intake was down were refused
     * at the door, never accepted and lost. Dispatch and feedback die holding a backlog: records fetched
     * and not yet applied, which the restarted service must read again.
     */
    @Test
    @Order(5)
    void eachServiceKilledMidStreamAndRestarted() throws Exception {
        Set<String> ids = new HashSet<>();
        for (ServiceProcess victim : List.of(system.intake, system.dispatch, system.feedback)) {
            try (AppealStream stream = new AppealStream(system.intake.url(), system.token(Tokens.RESIDENT), 30, Duration.ofMillis(200)).start()) {
                stream.awaitAccepted(10, Duration.ofSeconds(30));
                if (victim == system.intake) {
                    victim.kill();
                } else {
                    try (HeldHandlers held = HeldHandlers.in(system.databaseServerOf(victim.name()), victim.name())) {
                        HeldHandlers.awaitBacklog(system, stream.awaitAccepted(Duration.ofSeconds(60)), 1, held);
                        victim.kill();
                    }
                }
                victim.start();
                ids.addAll(stream.awaitAccepted(Duration.ofSeconds(60)));
                victim.awaitReady(Duration.ofSeconds(180));
            }
        }
        assertTrue(ids.size() >= 60, "most submissions accepted (" + ids.size() + " of 90)");
        ledger.assertEachAssignedExactlyOnce(ids);
        // A restarted consumer re-reads what it had not committed: recognised as applied, never failed.
        for (String topic : List.of(Topics.APPEALS_SUBMITTED, Topics.APPEALS_DISPATCH)) {
            assertEquals(List.of(), deadLettered(topic + ".dlq", ids::contains), "redeliveries dead-lettered");
        }
    }

    /**
     * A second dispatch and a second feedback share the consumer groups with the first ones, and are
     * killed mid-stream holding a backlog: the survivors take over their partitions, re-read what was not
     * committed, and still apply every appeal once.
     */
    @Test
    @Order(6)
    void secondInstancesKilledMidStream() throws Exception {
        ServiceProcess secondDispatch = system.another("dispatch", Map.of()).start();
        ServiceProcess secondFeedback = system.another("feedback", Map.of()).start();
        ConsumerLag groups = new ConsumerLag(system.broker.clientSettings());
        // Whatever happens, the second instances go: left running, they would serve every later test.
        try {
            secondDispatch.awaitReady(Duration.ofSeconds(180));
            secondFeedback.awaitReady(Duration.ofSeconds(180));
            await().atMost(Duration.ofSeconds(60)).until(() -> groups.membersOwning("dispatch", Topics.APPEALS_SUBMITTED) == 2
                    && groups.membersOwning("feedback", Topics.APPEALS_SUBMITTED) == 2);
            try (AppealStream stream = new AppealStream(system.intake.url(), system.token(Tokens.RESIDENT), 60, Duration.ofMillis(150)).start()) {
                stream.awaitAccepted(25, Duration.ofSeconds(30));
                try (HeldHandlers dispatch = HeldHandlers.in(system.dispatchPostgres, "dispatch");
                     HeldHandlers feedback = HeldHandlers.in(system.postgres, "feedback")) {
                    // Both instances of each hold records of their own partitions.
                    HeldHandlers.awaitBacklog(system, stream.awaitAccepted(Duration.ofSeconds(60)), 2, dispatch, feedback);
                    secondDispatch.kill();
                    secondFeedback.kill();
                }
                Set<String> ids = stream.awaitAccepted(Duration.ofSeconds(60));
                assertEquals(60, ids.size());
                ledger.assertEachAssignedExactlyOnce(ids);
            }
        } finally {
            secondDispatch.kill();
            secondFeedback.kill();
            // Leave the groups as they were found: the first instances own every partition again.
            await().atMost(Duration.ofSeconds(60)).until(() -> groups.settledWith("dispatch", Topics.APPEALS_SUBMITTED, 1)
                    && groups.settledWith("feedback", Topics.APPEALS_SUBMITTED, 1));
        }
    }

    /** Records in the dead-letter topics other than the poison injected on purpose. */
    private static long parkedAppealEvents() {
        long parked = 0;
        for (String topic : List.of(Topics.APPEALS_SUBMITTED, Topics.APPEALS_DISPATCH, Topics.APPEALS_FEEDBACK)) {
            parked += deadLettered(topic + ".dlq", key -> !key.startsWith(EventContractSystemIT.POISON_KEY_PREFIX)).size();
        }
        return parked;
    }

    private static String topicOf(String channel) {
        return switch (channel) {
            case "submitted-events" -> Topics.APPEALS_SUBMITTED;
            case "dispatch-events" -> Topics.APPEALS_DISPATCH;
            case "feedback-events" -> Topics.APPEALS_FEEDBACK;
            default -> throw new IllegalArgumentException(channel);
        };
    }

    private static Map<String, String> cloudEvent(String type) {
        return Map.of(CloudEventHeaders.ID, UUID.randomUUID().toString(), CloudEventHeaders.SOURCE, Topics.producerSource(Topics.APPEALS_SUBMITTED),
                CloudEventHeaders.TYPE, type, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0,
                CloudEventHeaders.TIME, Instant.now().toString(), CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
    }

    /** What is in a dead-letter topic now; after {@link RunningSystem#awaitQuiet()}, all there will be. */
    private static List<ConsumerRecord<String, byte[]>> deadLettered(String topic,
            java.util.function.Predicate<String> key) {
        return system.kafka().readAll(topic).stream()
                .filter(r -> r.key() != null && key.test(r.key())).toList();
    }
}
