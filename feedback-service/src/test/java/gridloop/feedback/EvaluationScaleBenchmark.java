package gridloop.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gridloop.feedback.evaluation.EvaluationLevel;
import gridloop.feedback.evaluation.EvaluationRepository;
import gridloop.feedback.evaluation.UnitEvaluation;
import gridloop.localstack.GridLoopTestInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;
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

    @Test
    void evaluationQueriesAtAMillionAppeals() throws SQLException {
        long loadStart = System.nanoTime();
        load();
        System.out.printf("%nLoaded %,d appeals (+ closures, ratings) in %.1f s%n", APPEALS,
                (System.nanoTime() - loadStart) / 1e9);
        List<String> lines = new ArrayList<>();
        lines.add(String.format("%-10s | %-6s | %9s | %6s", "level", "period", "median ms", "units"));
        for (EvaluationLevel level : EvaluationLevel.values()) {
            for (Duration period : List.of(Duration.ofDays(1), Duration.ofDays(30), Duration.ofDays(365))) {
                Instant from = YEAR.plus(Duration.ofDays(100));
                Instant to = period.toDays() == 365 ? YEAR.plus(period) : from.plus(period);
                if (period.toDays() == 365) {
                    from = YEAR;
                }
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
                        period.toDays() + "d", millis.get(2), units.size()));
                if (level == EvaluationLevel.STREET && period.toDays() == 365) {
                    assertEquals(APPEALS, units.get(0).received(), "every appeal of the year counted");
                }
            }
        }
        System.out.println(String.join(System.lineSeparator(), lines));
    }

    private static void load() throws SQLException {
        String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        try (Connection db = DriverManager.getConnection(url, "postgres", "postgres");
             Statement sql = db.createStatement()) {
            // One appeal every 31.536 s over 2030; 1 in 10 escalated to a department.
            sql.execute("""
                    insert into appeal_view (appeal_id, category, street_id, street_name, community_id,
                        community_name, grid_id, grid_name, assignee_id, department, department_name, status,
                        submitted_at, assigned_at, accept_by, resolve_by, accepted_at, resolved_at, closed_at,
                        closed_by, closure_round, reopen_count, updated_at)
                    select gen_random_uuid(), 'NOISE', 'bench-street', 'Bench Street', 'bench-c' || (i % 4),
                        'Community ' || (i % 4), 'bench-g' || (i % 48), 'Grid ' || (i % 48), 'w',
                        case when i % 10 = 0 then 'HOUSING' end, case when i % 10 = 0 then 'Housing' end,
                        case when i % 10 < 7 then 'CLOSED' when i % 10 = 7 then 'RESOLVED' else 'ACCEPTED' end,
                        t, t + interval '1 second', t + interval '4 hours', t + interval '48 hours',
                        t + (i % 6) * interval '1 hour',
                        case when i % 10 < 8 then t + (i % 60) * interval '1 hour' end,
                        case when i % 10 < 7 then t + (i % 60 + 2) * interval '1 hour' end,
                        case when i % 10 < 7 then 'RESIDENT' end,
                        case when i % 10 < 8 then 1 else 0 end, case when i % 50 = 0 then 1 else 0 end, t
                    from (select i, timestamptz '2030-01-01' + i * interval '31.536 seconds' as t
                          from generate_series(0, LAST) as i) as s
                    """.replace("LAST", String.valueOf(APPEALS - 1)));
            sql.execute("""
                    insert into closure (appeal_id, round, resolution, media_urls, handled_by, reported_at)
                    select appeal_id, 1, 'Done', '', 'w', resolved_at from appeal_view
                    where street_id = 'bench-street' and resolved_at is not null
                    """);
            sql.execute("""
                    insert into rating (appeal_id, round, satisfaction, resolved, comment, rated_at)
                    select appeal_id, 1, 1 + abs(hashtext(appeal_id::text)) % 5, true, null, closed_at
                    from appeal_view where street_id = 'bench-street' and status = 'CLOSED'
                      and abs(hashtext(appeal_id::text)) % 10 < 8
                    """);
            sql.execute("analyze appeal_view");
            sql.execute("analyze closure");
            sql.execute("analyze rating");
        }
    }
}
