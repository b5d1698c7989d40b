package gridloop.feedback;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gridloop.events.Actor;
import gridloop.events.AppealAccepted;
import gridloop.events.AppealAssigned;
import gridloop.events.AppealEscalated;
import gridloop.events.AppealReassigned;
import gridloop.events.AppealSubmitted;
import gridloop.events.AppealWithdrawn;
import gridloop.events.GridUnit;
import gridloop.events.Location;
import gridloop.feedback.evaluation.EvaluationLevel;
import gridloop.feedback.evaluation.EvaluationRepository;
import gridloop.feedback.evaluation.RollupCompactor;
import gridloop.feedback.evaluation.UnitEvaluation;
import gridloop.testkit.Tokens;
import gridloop.testkit.GridLoopTestInfrastructure;
import gridloop.testkit.KafkaTestClient;
import gridloop.testkit.MovableClock;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The per-day rollups give the same figures as the appeals themselves, at every level and for periods made
 * of whole days, of partial days, and of both; also after appeals moved grid, were withdrawn, reopened and
 * escalated, and before and after the deltas are folded into the daily rows.
 */
@QuarkusTest
@QuarkusTestResource(GridLoopTestInfrastructure.class)
class EvaluationRollupTest {

    private static final Instant DAY = Instant.parse("2031-04-07T00:00:00Z");
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String GRID_X = "roll-x-" + RUN;
    private static final String GRID_Y = "roll-y-" + RUN;
    private static final String STREET = "roll-s-" + RUN;
    private static final String DEPARTMENT = "roll-d-" + RUN;
    private static final Map<String, String> COMMUNITY_OF = Map.of(GRID_X, "roll-cx-" + RUN, GRID_Y, "roll-cy-" + RUN);
    private static final Set<String> OUR_UNITS = Set.of(GRID_X, GRID_Y, STREET, DEPARTMENT, COMMUNITY_OF.get(GRID_X),
            COMMUNITY_OF.get(GRID_Y));

    @Inject
    MovableClock clock;
    @Inject
    EvaluationRepository evaluations;
    @Inject
    RollupCompactor compactor;
    @Inject
    Pool pool;

    private final KafkaTestClient kafka = GridLoopTestInfrastructure.current().kafka();
    private final List<Step> steps = new ArrayList<>();

    private record Step(Instant at, UUID appeal, String path, String body) {
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void rollupsAgreeWithTheAppealsForEveryLevelAndPeriod() {
        UUID x1 = appeal(GRID_X, at(0, 0, 30), Duration.ofHours(1), "ACCEPTED");
        closure(x1, at(0, 5, 30));
        rating(x1, at(0, 6, 0), 5, true);
        UUID x2 = appeal(GRID_X, at(0, 23, 50), Duration.ofHours(6), "ACCEPTED");
        closure(x2, at(1, 23, 50));
        rating(x2, at(2, 0, 50), 2, false);
        closure(x2, at(2, 15, 0));
        rating(x2, at(2, 16, 0), 4, true);
        UUID x3 = appeal(GRID_X, at(1, 1, 0), null, "ASSIGNED");
        kafka.sendEvent(new AppealEscalated(x3, DEPARTMENT, "Roll Department", "Needs a permit", false, Actor.system("test"), at(1, 2, 0)));
        awaitStatus(x3, "ESCALATED");
        closure(x3, at(3, 13, 0));
        UUID x4 = appeal(GRID_X, at(1, 12, 0), null, "ASSIGNED");
        kafka.sendEvent(new AppealReassigned(x4, new GridUnit(GRID_Y, "Grid " + GRID_Y), "w-roll", "w-roll-2",
                "Roll Worker 2", "Wrong grid", Actor.system("test"), at(1, 12, 30)));
        kafka.sendEvent(new AppealAccepted(x4, "w-roll-2", Actor.system("test"), at(1, 13, 0)));
        awaitStatus(x4, "ACCEPTED");
        closure(x4, at(1, 14, 0));
        rating(x4, at(1, 15, 0), 3, true);
        UUID x5 = appeal(GRID_X, at(1, 20, 0), null, "ASSIGNED");
        kafka.sendEvent(new AppealWithdrawn(x5, "Gone", Actor.system("test"), at(1, 21, 0)));
        awaitStatus(x5, "WITHDRAWN");
        appeal(GRID_Y, at(0, 10, 0), Duration.ofHours(2), "ACCEPTED");
        UUID y2 = appeal(GRID_Y, at(1, 23, 59), Duration.ofMinutes(30), "ACCEPTED");
        closure(y2, at(2, 1, 0));
        rating(y2, at(2, 1, 30), 5, true);
        // Fold before every step, so each closure and rating changes daily rows that exist already, and the
        // last step's deltas are (most likely) still pending at the first comparison.
        steps.stream().sorted(Comparator.comparing(Step::at)).forEach(step -> {
            compactor.compact().await().atMost(Duration.ofSeconds(10));
            clock.pinTo(step.at());
            given().auth().oauth2(Tokens.of(step.path().equals("/rating") ? Tokens.RESIDENT : Tokens.OPERATOR))
                    .contentType(ContentType.JSON).body(step.body()).post("/api/v1/appeals/" + step.appeal() + step.path())
                    .then().statusCode(200);
        });
        clock.reset();

        // A few figures by hand, so agreement between two empty answers cannot pass: over both days X keeps
        // x1, x2, x3 (x4 moved to Y, x5 withdrawn), closed x1 and x2, reopened x2; Y has y1, y2, x4.
        Map<String, UnitEvaluation> grids = ours(evaluations.evaluate(EvaluationLevel.GRID, DAY, at(2, 0, 0)));
        assertEquals(List.of(3L, 2L, 1L, 3L), List.of(grids.get(GRID_X).received(), grids.get(GRID_X).closed(),
                grids.get(GRID_X).reopened(), grids.get(GRID_X).resolved()), "grid X: received, closed, reopened, resolved");
        assertEquals(List.of(3L, 2L, 2L), List.of(grids.get(GRID_Y).received(), grids.get(GRID_Y).closed(),
                grids.get(GRID_Y).ratings()), "grid Y: received, closed, ratings");
        assertEquals(1L, ours(evaluations.evaluate(EvaluationLevel.DEPARTMENT, DAY, at(2, 0, 0)))
                .get(DEPARTMENT).received(), "escalated to the department");

        assertRollupsAgreeWithAppeals("with pending deltas");
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            compactor.compact().await().atMost(Duration.ofSeconds(10));
            return pendingDeltasOfOurUnits() == 0;
        });
        assertTrue(dailyRowsOfOurUnits() >= 8, "our units have daily rows after folding");
        assertRollupsAgreeWithAppeals("after folding");
    }

    private void assertRollupsAgreeWithAppeals(String when) {
        // Whole days only; partial days at both ends around one whole day; within one day (appeals only).
        List<Instant[]> periods = List.of(new Instant[] {DAY, at(2, 0, 0)},
                new Instant[] {at(0, 12, 0), at(2, 12, 0)}, new Instant[] {at(0, 20, 0), at(1, 6, 0)});
        for (EvaluationLevel level : EvaluationLevel.values()) {
            for (Instant[] period : periods) {
                Map<String, UnitEvaluation> rolledUp = ours(evaluations.evaluate(level, period[0], period[1]));
                Map<String, UnitEvaluation> fromAppeals = ours(evaluations.fromAppeals(level, period[0], period[1]));
                assertTrue(!fromAppeals.isEmpty(), level + " has units in " + period[0] + ".." + period[1]);
                assertEquals(fromAppeals, rolledUp, level + " " + period[0] + ".." + period[1] + " " + when);
            }
        }
    }

    private static Map<String, UnitEvaluation> ours(io.smallrye.mutiny.Uni<List<UnitEvaluation>> units) {
        return units.await().atMost(Duration.ofSeconds(10)).stream().filter(u -> OUR_UNITS.contains(u.unitId()))
                .collect(Collectors.toMap(UnitEvaluation::unitId, u -> u));
    }

    private long pendingDeltasOfOurUnits() {
        return count("select count(*) from evaluation_delta where unit_id = any($1)");
    }

    private long dailyRowsOfOurUnits() {
        return count("select count(*) from evaluation_daily where unit_id = any($1)");
    }

    private long count(String sql) {
        return pool.preparedQuery(sql).execute(Tuple.of(OUR_UNITS.toArray(String[]::new)))
                .await().atMost(Duration.ofSeconds(10)).iterator().next().getLong(0);
    }

    private UUID appeal(String grid, Instant submittedAt, Duration acceptedAfter, String expectedStatus) {
        UUID id = UUID.randomUUID();
        kafka.sendEvent(new AppealSubmitted(id, "BQ-ROLL", "NOISE", "Noise", new Location(29.59, 106.22, null),
                List.of(), "APP", ReporterPseudonym.resident(), Actor.system("test"), submittedAt));
        kafka.sendEvent(new AppealAssigned(id, new GridUnit(STREET, "Roll Street"),
                new GridUnit(COMMUNITY_OF.get(grid), "Community of " + grid), new GridUnit(grid, "Grid " + grid),
                "w-roll", "Roll Worker", null, submittedAt.plus(Duration.ofHours(4)),
                submittedAt.plus(Duration.ofHours(48)), Actor.system("test"), submittedAt.plusSeconds(1)));
        if (acceptedAfter != null) {
            kafka.sendEvent(new AppealAccepted(id, "w-roll", Actor.system("test"), submittedAt.plus(acceptedAfter)));
        }
        awaitStatus(id, expectedStatus);
        // Intake's event travels on another topic and may come later than dispatch's.
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).get("/api/v1/appeals/" + id + "/feedback")
                .then().body("submittedAt", notNullValue()));
        return id;
    }

    private static void awaitStatus(UUID id, String status) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).get("/api/v1/appeals/" + id + "/feedback")
                .then().statusCode(200).body("status", equalTo(status)));
    }

    private void closure(UUID appeal, Instant at) {
        steps.add(new Step(at, appeal, "/closure", "{\"resolution\": \"Done\"}"));
    }

    private void rating(UUID appeal, Instant at, int satisfaction, boolean resolved) {
        steps.add(new Step(at, appeal, "/rating", "{\"satisfaction\": " + satisfaction + ", \"resolved\": " + resolved + "}"));
    }

    private static Instant at(int day, int hour, int minute) {
        return DAY.plus(Duration.ofDays(day)).plus(Duration.ofHours(hour)).plus(Duration.ofMinutes(minute));
    }
}
