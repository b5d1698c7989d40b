package gridloop.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gridloop.feedback.evaluation.EvaluationLevel;
import gridloop.feedback.evaluation.EvaluationRepository;
import gridloop.feedback.evaluation.RollupCompactor;
import gridloop.feedback.evaluation.UnitEvaluation;
import gridloop.testkit.GridLoopTestInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A benchmark, not a test: loads 1,000,000 appeals of one year (48 grids, 4 communities, ~70% closed, ~56%
 * rated) into feedback's tables and prints how long the evaluation query takes for a day, a month and the
 * year at each level (median of 5 warm runs). Skipped unless {@code -Dgridloop.benchmark=true}; run it with
 * {@code bench/evaluation-at-scale.sh}. Its only assertion is that every appeal of the year is counted.
 */
@QuarkusTest
@QuarkusTestResource(GridLoopTestInfrastructure.class)
@EnabledIfSystemProperty(named = "gridloop.benchmark", matches = "true")
class EvaluationScaleBenchmark {

    private static final int APPEALS = 1_000_000;
    private static final Instant YEAR = Instant.parse("2030-01-01T00:00:00Z");

    @Inject
    EvaluationRepository evaluations;
    @Inject
    RollupCompactor compactor;

    @Test
    void evaluationQueriesAtAMillionAppeals() throws SQLException {
        long loadStart = System.nanoTime();
        load();
        System.out.printf("%nLoaded %,d appeals (+ closures, ratings, rollup deltas by the trigger) in %.1f s%n",
                APPEALS, (System.nanoTime() - loadStart) / 1e9);
        long foldStart = System.nanoTime();
        long folded = compactor.compact().await().atMost(Duration.ofMinutes(30));
        System.out.printf("Folded %,d rollup deltas into the daily rows in %.1f s%n", folded,
                (System.nanoTime() - foldStart) / 1e9);
        // What autovacuum does to the delta queue in steady state, done now rather than whenever it wakes.
        analyze("evaluation_daily");
        vacuum("evaluation_delta");
        List<String> lines = new ArrayList<>();
        lines.add(String.format("%-10s | %-6s | %9s | %6s", "level", "period", "median ms", "units"));
        for (EvaluationLevel level : EvaluationLevel.values()) {
            // A UTC day (rolled up), a district day in UTC+8 (two partial UTC days: read from the appeals),
            // 30 days and the year.
            Instant day = YEAR.plus(Duration.ofDays(100));
            Map<String, Instant[]> periods = new LinkedHashMap<>();
            periods.put("1d", new Instant[] {day, day.plus(Duration.ofDays(1))});
            periods.put("1d+8h", new Instant[] {day.minus(Duration.ofHours(8)), day.plus(Duration.ofHours(16))});
            periods.put("30d", new Instant[] {day, day.plus(Duration.ofDays(30))});
            periods.put("365d", new Instant[] {YEAR, YEAR.plus(Duration.ofDays(365))});
            for (Map.Entry<String, Instant[]> period : periods.entrySet()) {
                Instant from = period.getValue()[0];
                Instant to = period.getValue()[1];
                List<Long> millis = new ArrayList<>();
                List<UnitEvaluation> units = null;
                for (int run = 0; run < 6; run++) {
                    long start = System.nanoTime();
                    units = evaluations.evaluate(level, from, to).await().atMost(Duration.ofMinutes(5));
                    if (run > 0) {
                        millis.add((System.nanoTime() - start) / 1_000_000);
                    }
                }
                millis.sort(Long::compare);
                lines.add(String.format("%-10s | %-6s | %9d | %6d", level.name().toLowerCase(),
                        period.getKey(), millis.get(2), units.size()));
                if (level == EvaluationLevel.STREET && period.getKey().equals("365d")) {
                    assertEquals(APPEALS, units.get(0).received(), "every appeal of the year counted");
                }
            }
        }
        System.out.println(String.join(System.lineSeparator(), lines));
    }

    private static void analyze(String table) throws SQLException {
        try (Connection db = GridLoopTestInfrastructure.current().postgres().connect(GridLoopTestInfrastructure.DATABASE);
             Statement sql = db.createStatement()) {
            sql.execute("analyze " + table);
        }
    }

    private static void vacuum(String table) throws SQLException {
        try (Connection db = GridLoopTestInfrastructure.current().postgres().connect(GridLoopTestInfrastructure.DATABASE);
             Statement sql = db.createStatement()) {
            sql.execute("vacuum analyze " + table);
        }
    }

    private static void load() throws SQLException {
        try (Connection db = GridLoopTestInfrastructure.current().postgres().connect(GridLoopTestInfrastructure.DATABASE);
             Statement sql = db.createStatement()) {
            // One appeal every 31.536 s over 2030; 1 in 10 escalated to a department; 80 % of the closed
            // ones rated. The trigger turns every row into rollup deltas as it goes in.
            sql.execute("""
                    insert into appeal_view (appeal_id, category, street_id, street_name, community_id,
                        community_name, grid_id, grid_name, assignee_id, department, department_name, status,
                        submitted_at, assigned_at, accept_by, resolve_by, accepted_at, resolved_at, closed_at,
                        closed_by, closure_round, reopen_count, updated_at, first_resolved_at, ratings,
                        satisfaction_sum, satisfied)
                    select gen_random_uuid(), 'NOISE', 'bench-street', 'Bench Street', 'bench-c' || (i % 4),
                        'Community ' || (i % 4), 'bench-g' || (i % 48), 'Grid ' || (i % 48), 'w',
                        case when i % 10 = 0 then 'HOUSING' end, case when i % 10 = 0 then 'Housing' end,
                        case when i % 10 < 7 then 'CLOSED' when i % 10 = 7 then 'RESOLVED' else 'ACCEPTED' end,
                        t, t + interval '1 second', t + interval '4 hours', t + interval '48 hours',
                        t + (i % 6) * interval '1 hour',
                        case when i % 10 < 8 then t + (i % 60) * interval '1 hour' end,
                        case when i % 10 < 7 then t + (i % 60 + 2) * interval '1 hour' end,
                        case when i % 10 < 7 then 'RESIDENT' end,
                        case when i % 10 < 8 then 1 else 0 end, case when i % 50 = 0 then 1 else 0 end, t,
                        case when i % 10 < 8 then t + (i % 60) * interval '1 hour' end,
                        rated, rated * (1 + (i / 100) % 5), case when (i / 100) % 5 >= 3 then rated else 0 end
                    from (select i, timestamptz '2030-01-01' + i * interval '31.536 seconds' as t,
                                 case when i % 10 < 7 and (i / 10) % 10 < 8 then 1 else 0 end as rated
                          from generate_series(0, LAST) as i) as s
                    """.replace("LAST", String.valueOf(APPEALS - 1)));
            sql.execute("""
                    insert into closure (appeal_id, round, resolution, media_urls, handled_by, reported_at)
                    select appeal_id, 1, 'Done', '', 'w', resolved_at from appeal_view
                    where street_id = 'bench-street' and resolved_at is not null
                    """);
            sql.execute("""
                    insert into rating (appeal_id, round, satisfaction, resolved, comment, rated_at)
                    select appeal_id, 1, satisfaction_sum, true, null, closed_at
                    from appeal_view where street_id = 'bench-street' and ratings = 1
                    """);
            sql.execute("analyze appeal_view");
            sql.execute("analyze closure");
            sql.execute("analyze rating");
        }
    }
}
