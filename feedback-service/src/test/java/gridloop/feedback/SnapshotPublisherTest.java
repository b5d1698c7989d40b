package gridloop.feedback;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import gridloop.events.Actor;
import gridloop.events.AppealAssigned;
import gridloop.events.AppealEscalated;
import gridloop.events.AppealReportedIn;
import gridloop.events.AppealSubmitted;
import gridloop.events.DepartmentFigures;
import gridloop.events.EvaluationSnapshot;
import gridloop.events.EventCodec;
import gridloop.events.GridUnit;
import gridloop.events.Location;
import gridloop.events.Topics;
import gridloop.testkit.Tokens;
import gridloop.testkit.EventContract;
import gridloop.feedback.evaluation.SnapshotPublisher;
import gridloop.testkit.GridLoopTestInfrastructure;
import gridloop.testkit.KafkaTestClient;
import gridloop.testkit.MovableClock;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * At the end of a district day the evaluation of every unit is published once, even when two publishers
 * (as two instances would) and the scheduler all try at the same time, and again later.
 */
@QuarkusTest
@QuarkusTestResource(GridLoopTestInfrastructure.class)
class SnapshotPublisherTest {

    private static final ZoneId DISTRICT = ZoneId.of("Asia/Shanghai");
    private static final LocalDate DAY = LocalDate.of(2031, 5, 10);
    private static final Instant DAY_START = DAY.atStartOfDay(DISTRICT).toInstant();

    @Inject
    MovableClock clock;

    @Inject
    SnapshotPublisher publisher;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void eachUnitsFiguresForADayArePublishedExactlyOnce() {
        String grid = "snap-" + UUID.randomUUID();
        String department = "snap-dept-" + UUID.randomUUID();
        KafkaTestClient kafka = GridLoopTestInfrastructure.current().kafka();
        for (int hour : List.of(9, 15)) {
            UUID id = UUID.randomUUID();
            Instant submitted = DAY.atTime(hour, 0).atZone(DISTRICT).toInstant();
            kafka.sendEvent(new AppealSubmitted(id, "BQ-SNAP", "NOISE", "Noise", new Location(29.59, 106.22, null),
                    List.of(), "APP", ReporterPseudonym.resident(), Actor.system("test"), submitted));
            kafka.sendEvent(new AppealAssigned(id, new GridUnit("biquan", "Biquan Street"),
                    new GridUnit("snap-community", "Snapshot Community"), new GridUnit(grid, "Snapshot Grid",
                            java.util.Map.of("zh-CN", "快照网格", "en", "Snapshot Grid")), "w-snap",
                    "Snap Worker", null, submitted.plus(Duration.ofHours(4)), submitted.plus(Duration.ofHours(48)), Actor.system("test"),
                    submitted.plusSeconds(1)));
            if (hour == 9) {
                // The department answers the whistle half an hour after it was blown.
                kafka.sendEvent(new AppealEscalated(id, department, "Snapshot Department", "Needs the department",
                        false, Actor.system("test"), submitted.plus(Duration.ofHours(1))));
                kafka.sendEvent(new AppealReportedIn(id, department, "Snapshot Department",
                        new Actor("department", "snap-1"), submitted.plus(Duration.ofMinutes(90))));
            }
            // Both events applied (they travel on two topics): assigned, and the submission time known.
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).get("/api/v1/appeals/" + id + "/feedback")
                    .then().statusCode(200).body("status", equalTo(hour == 9 ? "ESCALATED" : "ASSIGNED")).body("submittedAt", notNullValue()));
        }

        // Half past midnight after the day: the day just ended. Two publishers race the scheduler.
        clock.pinTo(DAY.plusDays(1).atTime(0, 30).atZone(DISTRICT).toInstant());
        CompletableFuture<Void> first = CompletableFuture.runAsync(this::publishDue);
        CompletableFuture<Void> second = CompletableFuture.runAsync(this::publishDue);
        CompletableFuture.allOf(first, second).join();
        await().atMost(Duration.ofSeconds(30)).until(() -> snapshotsOf(grid, kafka.readAll(Topics.EVALUATIONS)).size() == 1);
        // Two more explicit tries (and the scheduler's, every second in tests): still one, once all is published.
        publishDue();
        publishDue();
        List<EvaluationSnapshot> snapshots = snapshotsOf(grid, FeedbackFlowTest.publishedWhenQuiet(Topics.EVALUATIONS));
        assertEquals(1, snapshots.size(), "one snapshot of the day: " + snapshots);

        EvaluationSnapshot snapshot = snapshots.get(0);
        assertEquals("grid", snapshot.level());
        assertEquals("Snapshot Grid", snapshot.unitName());
        // Named in both languages on the topic, as the events named the grid.
        assertEquals(java.util.Map.of("zh-CN", "快照网格", "en", "Snapshot Grid"), snapshot.unitNames());
        assertEquals(DAY_START, snapshot.periodStart());
        assertEquals(DAY_START.plus(Duration.ofDays(1)), snapshot.periodEnd());
        assertEquals(2, snapshot.received());
        assertEquals(0, snapshot.closed());
        assertEquals(0.0, snapshot.responseRate());
        assertEquals(null, snapshot.onTimeRate());
        assertEquals(0, snapshot.ratings());
        assertEquals(0, snapshot.fixed());
        assertEquals(0.0, snapshot.fixedRate());
        assertEquals(null, snapshot.department(), "department figures are for the department level only");

        List<EvaluationSnapshot> ofDepartment = published(FeedbackFlowTest.publishedWhenQuiet(Topics.EVALUATIONS),
                "department:" + department);
        assertEquals(1, ofDepartment.size(), ofDepartment.toString());
        EvaluationSnapshot departmentSnapshot = ofDepartment.get(0);
        assertEquals(1, departmentSnapshot.received());
        assertEquals(new DepartmentFigures(1, 1, 1.0, 0.5, 0, 0.0, 0, 0, null), departmentSnapshot.department());
    }

    /** As the scheduler calls it, on a Vert.x context of its own. */
    private void publishDue() {
        try {
            VertxContextSupport.subscribeAndAwait(() -> publisher.publishDue());
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** Snapshots need a period to end, so this test is where they are checked against the AsyncAPI document. */
    private static final EventContract CONTRACT = EventContract.load();

    private static List<EvaluationSnapshot> snapshotsOf(String grid, List<ConsumerRecord<String, byte[]>> published) {
        return published(published, "grid:" + grid);
    }

    private static List<EvaluationSnapshot> published(List<ConsumerRecord<String, byte[]>> published, String key) {
        return published.stream()
                .filter(r -> key.equals(r.key()))
                .map(CONTRACT::requireKept)
                .map(r -> (EvaluationSnapshot) EventCodec.decode("gridloop.evaluation.snapshot.v1", r.value()))
                .toList();
    }
}
