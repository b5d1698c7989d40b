package gridloop.systemtest;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import gridloop.events.CloudEventHeaders;
import gridloop.events.Topics;
import gridloop.localstack.EmbeddedPostgresServer;
import gridloop.testkit.KafkaTestClient;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Counts what became of a set of appeals everywhere, once a run is over: events per appeal on the topics
 * and state rows per appeal in each service's database. The pass condition of every fault test: nothing
 * accepted is lost, nothing is applied twice.
 */
final class LoopLedger {

    static final String SUBMITTED = "gridloop.appeal.submitted.v1";
    static final String ASSIGNED = "gridloop.appeal.assigned.v1";

    private final RunningSystem system;

    LoopLedger(RunningSystem system) {
        this.system = system;
    }

    /** What became of a set of appeals, counted everywhere. */
    record Counts(long accepted, long submittedOnTopic, long submittedTwice, long submittedCopies,
            long assignedOnTopic, long assignedTwice, long assignedCopies, long dispatchTasks, long intakeAssigned, long intakeTimelineAssignments, long feedbackAssigned,
            long dispatchOpenTasks, long dispatchLoadCounters) {

        /** The counts as a two-column table, for scripts. */
        String table() {
            return String.join(System.lineSeparator(),
                    row("accepted by intake (2xx)", accepted),
                    row("appeals with a submitted event", submittedOnTopic),
                    row("appeals submitted twice (two ce_ids)", submittedTwice),
                    row("copies of a submitted event (same ce_id)", submittedCopies),
                    row("appeals with an assigned event", assignedOnTopic),
                    row("appeals assigned twice (two ce_ids)", assignedTwice),
                    row("copies of an assigned event (same ce_id)", assignedCopies),
                    row("dispatch tasks", dispatchTasks),
                    row("ASSIGNED in intake", intakeAssigned),
                    row("assignments in intake timelines", intakeTimelineAssignments),
                    row("ASSIGNED in feedback", feedbackAssigned),
                    row("dispatch open tasks (all)", dispatchOpenTasks),
                    row("dispatch load counters (sum)", dispatchLoadCounters));
        }

        private static String row(String name, long value) {
            return String.format("%-42s | %,9d", name, value);
        }
    }

    /**
     * Waits until every appeal is assigned, then checks each was submitted once and assigned once on the
     * topics (one distinct ce_id each; a copy of the same event re-sent after a crash is not a second
     * assignment, and consumers skip it), has one task in dispatch, shows ASSIGNED in intake (with one assignment in its timeline) and in
     * feedback, and that dispatch's load counters still equal its open tasks.
     */
    void assertEachAssignedExactlyOnce(Set<String> ids) throws SQLException {
        Counts counts = settle(ids, Duration.ofSeconds(120));
        long n = ids.size();
        assertEquals(n, counts.assignedOnTopic(), "appeals assigned");
        assertEquals(0, counts.assignedTwice(), "appeals assigned more than once");
        assertEquals(n, counts.submittedOnTopic(), "appeals whose submission is on the topic");
        assertEquals(0, counts.submittedTwice(), "appeals submitted more than once");
        assertEquals(n, counts.dispatchTasks(), "dispatch tasks");
        assertEquals(n, counts.intakeAssigned(), "ASSIGNED in intake");
        assertEquals(n, counts.intakeTimelineAssignments(), "one assignment in each resident's timeline");
        assertEquals(n, counts.feedbackAssigned(), "ASSIGNED in feedback");
        assertEquals(counts.dispatchOpenTasks(), counts.dispatchLoadCounters(),
                "dispatch's load counters against its open tasks");
    }

    /**
     * Waits (up to the timeout) until every appeal is assigned on the topic and ASSIGNED in intake and
     * feedback, then counts; a count that never got there shows as it is.
     */
    Counts settle(Set<String> ids, Duration timeout) throws SQLException {
        KafkaTestClient kafka = system.kafka();
        Function<List<ConsumerRecord<String, byte[]>>, Map<String, Long>> assignedPerAppeal =
                records -> perAppeal(records, ids, ASSIGNED);
        try {
            await().atMost(timeout).until(() -> assignedPerAppeal.apply(kafka.readUntil(
                    Topics.APPEALS_DISPATCH, Duration.ofSeconds(15),
                    list -> assignedPerAppeal.apply(list).size() >= ids.size())).size() >= ids.size());
            await().atMost(Duration.ofSeconds(60)).until(() -> intakeAssigned(ids) >= ids.size()
                    && feedbackAssigned(ids) >= ids.size());
        } catch (ConditionTimeoutException e) {
            // Counted below as they are: the caller's assertions say what is missing.
        }
        // Read everything once more when the system is quiet, so a late duplicate would show.
        awaitQuietIfItComes();
        List<ConsumerRecord<String, byte[]>> dispatchTopic = kafka.readAll(Topics.APPEALS_DISPATCH);
        List<ConsumerRecord<String, byte[]>> submittedTopic = kafka.readAll(Topics.APPEALS_SUBMITTED);
        Map<String, Long> assigned = assignedPerAppeal.apply(dispatchTopic);
        Map<String, Long> submitted = perAppeal(submittedTopic, ids, SUBMITTED);
        return new Counts(ids.size(), submitted.size(), moreThanOnce(submitted),
                copies(submittedTopic, ids, SUBMITTED), assigned.size(), moreThanOnce(assigned),
                copies(dispatchTopic, ids, ASSIGNED),
                count(system.dispatchPostgres, "dispatch", "select count(*) from task where appeal_id = any(?)", ids),
                intakeAssigned(ids),
                count(system.postgres, "intake", "select count(*) from appeal_timeline where appeal_id = any(?)"
                        + " and event_type = '" + ASSIGNED + "'", ids),
                feedbackAssigned(ids),
                total(system.dispatchPostgres, "dispatch", """
                        select count(*) from task where assignee_id is not null
                          and status in ('ASSIGNED', 'ACCEPTED', 'ESCALATED', 'RESOLVED')
                        """),
                total(system.dispatchPostgres, "dispatch", "select coalesce(sum(open_tasks), 0) from grid_worker"));
    }

    /** Quiet, or as quiet as it gets: a system that never settles is counted as it is, and the counts say so. */
    private void awaitQuietIfItComes() {
        try {
            system.awaitQuiet();
        } catch (Exception e) {
            System.out.println("LoopLedger: the system did not settle (" + e.getMessage() + "); counting as it is");
        }
    }

    private long intakeAssigned(Set<String> ids) throws SQLException {
        return count(system.postgres, "intake",
                "select count(*) from appeal where id = any(?) and status = 'ASSIGNED'", ids);
    }

    private long feedbackAssigned(Set<String> ids) throws SQLException {
        return count(system.postgres, "feedback",
                "select count(*) from appeal_view where appeal_id = any(?) and status = 'ASSIGNED'", ids);
    }

    /** Distinct events (ce_ids) of the type per appeal. */
    private static Map<String, Long> perAppeal(List<ConsumerRecord<String, byte[]>> records, Set<String> ids,
            String ceType) {
        return ours(records, ids, ceType).collect(Collectors.groupingBy(ConsumerRecord::key,
                Collectors.mapping(r -> KafkaTestClient.header(r, CloudEventHeaders.ID),
                        Collectors.collectingAndThen(Collectors.toSet(), set -> (long) set.size()))));
    }

    /** Records of the type beyond the first of each ce_id: the same event on the topic again. */
    private static long copies(List<ConsumerRecord<String, byte[]>> records, Set<String> ids, String ceType) {
        List<ConsumerRecord<String, byte[]>> ours = ours(records, ids, ceType).toList();
        return ours.size() - ours.stream().map(r -> KafkaTestClient.header(r, CloudEventHeaders.ID)).distinct().count();
    }

    private static java.util.stream.Stream<ConsumerRecord<String, byte[]>> ours(
            List<ConsumerRecord<String, byte[]>> records, Set<String> ids, String ceType) {
        return records.stream().filter(r -> ids.contains(r.key()))
                .filter(r -> ceType.equals(KafkaTestClient.header(r, CloudEventHeaders.TYPE)));
    }

    private static long moreThanOnce(Map<String, Long> counts) {
        return counts.values().stream().filter(n -> n > 1).count();
    }

    /** A count from a service's database; the query's one parameter is the appeal ids. */
    static long count(EmbeddedPostgresServer server, String database, String sql, Set<String> ids) throws SQLException {
        try (Connection db = server.connect(database);
             PreparedStatement statement = db.prepareStatement(sql)) {
            Array array = db.createArrayOf("uuid", ids.toArray());
            statement.setArray(1, array);
            return single(statement);
        }
    }

    /** A figure over a whole table of a service's database (a query without parameters). */
    static long total(EmbeddedPostgresServer server, String database, String sql) throws SQLException {
        try (Connection db = server.connect(database);
             PreparedStatement statement = db.prepareStatement(sql)) {
            return single(statement);
        }
    }

    private static long single(PreparedStatement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
