package gridloop.dispatch;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gridloop.events.AppealSubmitted;
import gridloop.events.Topics;
import gridloop.testkit.GridLoopTestInfrastructure;
import gridloop.testkit.KafkaTestClient;
import gridloop.testkit.MovableClock;
import gridloop.testkit.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * The inbox applies a poll's records in one transaction. When one of them fails for a reason of its own (here a
 * trigger refuses its task, as a bug or a bad value would), the batch rolls back and its records are applied one
 * by one: the others are assigned once each, and only the failing one goes to the dead-letter topic, not marked
 * as processed.
 */
@QuarkusTest
@QuarkusTestResource(GridLoopTestInfrastructure.class)
class BatchFallbackTest {

    private static final double LIANHUA_G2_LAT = 29.58;
    private static final double LIANHUA_G2_LON = 106.23;

    private final KafkaTestClient kafka = DispatchFlowTest.kafka();

    @Inject
    MovableClock clock;

    @Test
    void aRecordThatFailsInItsBatchIsDeadLetteredAloneAndTheOthersAreAppliedOnce() throws Exception {
        AppealSubmitted before = submitted();
        AppealSubmitted failing = submitted();
        AppealSubmitted after = submitted();
        String[] ceIds = new String[3];
        try (Connection db = GridLoopTestInfrastructure.current().postgres().connect(GridLoopTestInfrastructure.DATABASE);
             Statement sql = db.createStatement()) {
            sql.execute("""
                    create function refuse_test_task() returns trigger language plpgsql as $$
                    begin
                        if new.appeal_id = '%s' then
                            raise exception 'refused by the test: %%', new.appeal_id;
                        end if;
                        return new;
                    end;
                    $$""".formatted(failing.appealId()));
            sql.execute("create trigger refuse_test_task before insert on task for each row"
                    + " execute function refuse_test_task()");
            try {
                // While the handler waits for the lock, all three arrive, so they come in one poll after it.
                db.setAutoCommit(false);
                sql.execute("lock table processed_event in exclusive mode");
                ceIds[0] = kafka.sendEvent(before);
                ceIds[1] = kafka.sendEvent(failing);
                ceIds[2] = kafka.sendEvent(after);
                awaitWaitingHandler(db);
                db.commit();
                db.setAutoCommit(true);

                ConsumerRecord<String, byte[]> parked = kafka.readUntil(Topics.deadLetter(Topics.APPEALS_SUBMITTED),
                                Duration.ofSeconds(30), list -> list.stream().anyMatch(r -> isOf(r, failing)))
                        .stream().filter(r -> isOf(r, failing)).findFirst().orElseThrow();
                String reason = KafkaTestClient.header(parked, "dead-letter-reason");
                assertTrue(reason != null && reason.contains("refused by the test"), "reason: " + reason);
                GridLoopTestInfrastructure.current().awaitQuiet("dispatch", Topics.APPEALS_SUBMITTED);
            } finally {
                db.setAutoCommit(true);
                sql.execute("drop trigger refuse_test_task on task");
                sql.execute("drop function refuse_test_task()");
            }
            assertEquals(200, taskStatusCode(before.appealId()));
            assertEquals(200, taskStatusCode(after.appealId()));
            assertEquals(404, taskStatusCode(failing.appealId()), "the refused one has no task");
            assertEquals(0, processedCount(db, ceIds[1]), "the refused one is not recorded as processed");
            assertEquals(1, processedCount(db, ceIds[0]));
            assertEquals(1, processedCount(db, ceIds[2]));
        }
    }

    private AppealSubmitted submitted() {
        return DispatchFlowTest.submitted("NOISE", LIANHUA_G2_LAT, LIANHUA_G2_LON, clock.instant());
    }

    private static void awaitWaitingHandler(Connection db) {
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            try (Statement sql = db.createStatement();
                 ResultSet rows = sql.executeQuery("select count(*) from pg_locks where relation = 'processed_event'::regclass"
                         + " and not granted")) {
                rows.next();
                return rows.getInt(1) > 0;
            }
        });
    }

    private static int processedCount(Connection db, String ceId) throws Exception {
        try (PreparedStatement sql = db.prepareStatement(
                "select count(*) from processed_event where consumer = 'dispatch' and event_id = ?")) {
            sql.setString(1, ceId);
            try (ResultSet rows = sql.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private static boolean isOf(ConsumerRecord<String, byte[]> record, AppealSubmitted appeal) {
        return appeal.appealId().toString().equals(record.key());
    }

    private static int taskStatusCode(UUID appealId) {
        return given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).get("/api/v1/tasks/" + appealId).then().extract()
                .statusCode();
    }
}
