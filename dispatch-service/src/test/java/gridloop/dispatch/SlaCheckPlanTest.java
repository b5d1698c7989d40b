package gridloop.dispatch;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gridloop.testkit.GridLoopTestInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * With 100,000 open tasks the SLA check reads the partial deadline indexes, not the table. The queries are
 * the ones Hibernate generates for {@code SlaWatch} (statuses inlined as literals, deadline bound). The rows
 * are inserted in a transaction that is rolled back, so the other tests never see them.
 */
@QuarkusTest
@QuarkusTestResource(GridLoopTestInfrastructure.class)
class SlaCheckPlanTest {

    private static final String DUE_FOR_ACCEPT = "select * from task t1_0 where t1_0.status='ASSIGNED' "
            + "and t1_0.accept_overdue=false and t1_0.accept_by<? order by t1_0.accept_by "
            + "offset 0 rows fetch first 200 rows only for no key update of t1_0";
    private static final String DUE_FOR_RESOLVE = "select * from task t1_0 where t1_0.status in ('ASSIGNED',"
            + "'ACCEPTED','ESCALATED') and t1_0.resolve_overdue=false and t1_0.resolve_by<? "
            + "order by t1_0.resolve_by offset 0 rows fetch first 200 rows only for no key update of t1_0";
    private static final String DUE_FOR_ESCALATION = "select * from task t1_0 where t1_0.status in ('ASSIGNED',"
            + "'ACCEPTED') and t1_0.department is null and t1_0.escalate_by<? order by t1_0.escalate_by "
            + "offset 0 rows fetch first 200 rows only for no key update of t1_0";

    @Test
    void theChecksUseTheDeadlineIndexesWithAHundredThousandOpenTasks() throws SQLException {
        try (Connection db = GridLoopTestInfrastructure.current().postgres().connect(GridLoopTestInfrastructure.DATABASE)) {
            db.setAutoCommit(false);
            try (Statement statement = db.createStatement()) {
                // 100k open tasks, deadlines spread over the next 30 days; a few hundred already due.
                statement.execute("insert into task (appeal_id, category, status, accept_by, resolve_by, "
                        + "escalate_by, created_at, updated_at) select gen_random_uuid(), 'NOISE', "
                        + "(array['ASSIGNED','ACCEPTED','ESCALATED'])[1 + i % 3], "
                        + "now() + (i - 300) * interval '26 seconds', now() + (i - 300) * interval '26 seconds', "
                        + "now() + (i - 300) * interval '78 seconds', now(), now() "
                        + "from generate_series(1, 100000) as i");
                statement.execute("analyze task");
            }
            assertUsesIndex(db, DUE_FOR_ACCEPT, "task_accept_due");
            assertUsesIndex(db, DUE_FOR_RESOLVE, "task_resolve_due");
            assertUsesIndex(db, DUE_FOR_ESCALATION, "task_escalate_due");
            db.rollback();
        }
    }

    private static void assertUsesIndex(Connection db, String query, String index) throws SQLException {
        List<String> plan = new ArrayList<>();
        try (PreparedStatement explain = db.prepareStatement("explain " + query)) {
            explain.setTimestamp(1, Timestamp.from(Instant.now()));
            try (ResultSet rows = explain.executeQuery()) {
                while (rows.next()) {
                    plan.add(rows.getString(1));
                }
            }
        }
        String text = String.join("\n", plan);
        assertTrue(text.contains(index), () -> "expected " + index + " in\n" + text);
        assertFalse(text.contains("Seq Scan on task"), () -> "table scan in\n" + text);
    }
}
