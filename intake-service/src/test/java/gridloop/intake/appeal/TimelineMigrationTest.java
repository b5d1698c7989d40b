package gridloop.intake.appeal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gridloop.localstack.EmbeddedPostgresServer;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The timeline rows stored as English sentences before wording was kept neutral (V10) are read back into their
 * phrase and facts: a database at V9 with one row of each sentence the old code wrote is migrated, and each row's
 * phrase and facts are what the event would give today.
 */
class TimelineMigrationTest {

    private static final String DATABASE = "intake";
    private static EmbeddedPostgresServer postgres;

    @BeforeAll
    static void start() throws Exception {
        postgres = new EmbeddedPostgresServer(0, Files.createTempDirectory("timeline-migration-"), true, false).start();
        postgres.ensureDatabase(DATABASE);
    }

    @AfterAll
    static void stop() {
        postgres.stop();
    }

    private static Flyway flyway(String target) {
        return Flyway.configure().dataSource(postgres.jdbcUrl(DATABASE), EmbeddedPostgresServer.serviceUser(DATABASE),
                postgres.servicePassword(DATABASE)).locations("db/migration", "db/gridloop-support").outOfOrder(true)
                .target(target).load();
    }

    @Test
    void everyOldSentenceBecomesItsPhraseAndFacts() throws Exception {
        flyway("9").migrate();
        Map<String, String> sentences = new LinkedHashMap<>();
        sentences.put("Appeal BQ-20261207-0001 received", "SUBMITTED {\"reference\" : \"BQ-20261207-0001\"}");
        sentences.put("Withdrawn by the resident", "WITHDRAWN {}");
        sentences.put("Waiting for the command centre to assign it (grid Hualong Grid 1)",
                "WAITING {\"grid.en\" : \"Hualong Grid 1\"}");
        sentences.put("Assigned to grid worker Zhao Qiang (Hualong Grid 1)",
                "ASSIGNED {\"worker\" : \"Zhao Qiang\", \"grid.en\" : \"Hualong Grid 1\"}");
        sentences.put("The grid worker is on site", "ACCEPTED {}");
        sentences.put("Passed to Sanitation Department (deadline missed)",
                "ESCALATED_AUTOMATICALLY {\"departmentName\" : \"Sanitation Department\"}");
        sentences.put("Passed to Sanitation Department", "ESCALATED {\"departmentName\" : \"Sanitation Department\"}");
        sentences.put("Moved to grid Hualong Grid 2", "MOVED {\"grid.en\" : \"Hualong Grid 2\"}");
        sentences.put("Reassigned to Wu Yun", "REASSIGNED {\"worker\" : \"Wu Yun\"}");
        sentences.put("Overdue: the deadline to accept passed", "OVERDUE_ACCEPT {}");
        sentences.put("Overdue: the deadline to resolve passed", "OVERDUE_RESOLVE {}");
        sentences.put("Biquan Street Office reported its part: Fenced it off",
                "PART_REPORTED {\"departmentName\" : \"Biquan Street Office\", \"summary\" : \"Fenced it off\"}");
        sentences.put("Category corrected from facility damage to thrown objects (Falls from a balcony)",
                "RECATEGORIZED {\"from\" : \"FACILITY_DAMAGE\", \"to\" : \"THROWN_OBJECTS\", \"reason\" : \"Falls from a balcony\"}");
        sentences.put("Sanitation Department sent it back: not our jurisdiction (A school's). The command centre routes it again",
                "SENT_BACK {\"departmentName\":\"Sanitation Department\",\"reason\":\"NOT_OUR_JURISDICTION\",\"note\":\"A school's\"}");
        sentences.put("Sanitation Department sent it back: wrong category. Disputed: the command centre decides where it belongs",
                "SENT_BACK_DISPUTED {\"departmentName\":\"Sanitation Department\",\"reason\":\"WRONG_CATEGORY\"}");
        sentences.put("Rejected: DUPLICATE (Duplicate of BQ-1)",
                "REJECTED {\"reason\":\"DUPLICATE\",\"detail\":\"Duplicate of BQ-1\"}");
        sentences.put("Cannot be fixed (Protected tree): Cut back",
                "RESOLVED_NOT_FIXABLE {\"reason\":\"Protected tree\",\"resolution\":\"Cut back\"}");
        sentences.put("Not the district's responsibility: Railway land",
                "RESOLVED_NOT_RESPONSIBLE {\"resolution\" : \"Railway land\"}");
        sentences.put("Handled: Bins emptied", "RESOLVED {\"resolution\" : \"Bins emptied\"}");
        sentences.put("Rated 4/5, fixed", "RATED_FIXED {\"satisfaction\" : \"4\"}");
        sentences.put("Rated 2/5, not fixed", "RATED_NOT_FIXED {\"satisfaction\" : \"2\"}");
        sentences.put("Reopened: the resident said it is not fixed", "REOPENED {}");
        sentences.put("Closed automatically (no rating in time)", "CLOSED_BY_TIMEOUT {}");
        sentences.put("Closed together with BQ-1, the appeal it duplicated", "CLOSED_WITH_ORIGINAL {\"mergedInto\" : \"BQ-1\"}");
        sentences.put("Closed", "CLOSED {}");
        sentences.put("Housing Department leads, with the help of Public Security Bureau",
                "LEGACY {\"text\" : \"Housing Department leads, with the help of Public Security Bureau\"}");
        Instant at = Instant.parse("2026-12-07T02:12:00Z");
        try (Connection db = postgres.connect(DATABASE);
                PreparedStatement insert = db.prepareStatement("insert into appeal_timeline (appeal_id, event_id, "
                        + "event_type, occurred_at, text) values (?, ?, 'gridloop.appeal.test.v1', ?, ?)")) {
            for (String sentence : sentences.keySet()) {
                insert.setObject(1, UUID.randomUUID());
                insert.setString(2, UUID.randomUUID().toString());
                insert.setObject(3, java.sql.Timestamp.from(at));
                insert.setString(4, sentence);
                insert.executeUpdate();
            }
            insert.setObject(1, UUID.randomUUID());
            insert.setString(2, "reported-in");
            insert.setString(4, "Housing Department reported in at 10:12");
            insert.executeUpdate();
            db.createStatement().execute("update appeal_timeline set event_type = 'gridloop.appeal.reported-in.v1' "
                    + "where text like '% reported in at %'");
        }
        sentences.put("Housing Department reported in at 10:12",
                "REPORTED_IN {\"departmentName\":\"Housing Department\",\"at\":\"2026-12-07T02:12:00Z\"}");

        flyway("latest").migrate();

        try (Connection db = postgres.connect(DATABASE);
                ResultSet rows = db.createStatement().executeQuery(
                        "select phrase, params::jsonb as params from appeal_timeline order by id")) {
            int i = 0;
            for (String expected : sentences.values()) {
                assertTrue(rows.next(), "row " + i + " is missing");
                String phrase = expected.substring(0, expected.indexOf(' '));
                String params = expected.substring(expected.indexOf(' ') + 1);
                assertEquals(phrase, rows.getString("phrase"), "row " + i);
                assertEquals(normal(db, params), rows.getString("params"), "row " + i);
                i++;
            }
            assertEquals(false, rows.next());
        }
    }

    /** The JSON as PostgreSQL writes a jsonb value, so that spacing and key order do not matter. */
    private static String normal(Connection db, String json) throws Exception {
        try (PreparedStatement statement = db.prepareStatement("select cast(? as jsonb)::text")) {
            statement.setString(1, json);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }
}
