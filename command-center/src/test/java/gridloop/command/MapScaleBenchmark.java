package gridloop.command;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import gridloop.testkit.GridLoopTestInfrastructure;
import gridloop.testkit.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A benchmark, not a test: 50,000 open appeals in the command centre's read model, spread over the sample
 * district, and how long the map's questions take through the API, as the page asks them (median of 5 warm
 * runs, each a whole HTTP request with its token). Skipped unless {@code -Dgridloop.benchmark=true}; run it with
 * {@code bench/command-center-at-scale.sh}. Its only assertion is that the whole district counts them all.
 */
@QuarkusTest
@QuarkusTestResource(GridLoopTestInfrastructure.class)
@EnabledIfSystemProperty(named = "gridloop.benchmark", matches = "true")
class MapScaleBenchmark {

    private static final int APPEALS = 50_000;

    @Test
    void mapQueriesAtFiftyThousandOpenAppeals() throws SQLException {
        long loadStart = System.nanoTime();
        load();
        System.out.printf("%nLoaded %,d open appeals in %.1f s%n", APPEALS, (System.nanoTime() - loadStart) / 1e9);
        String token = Tokens.of(Tokens.OPERATOR);
        Map<String, String> questions = new LinkedHashMap<>();
        questions.put("district, zoom 14 (clusters)", "/api/v1/map/appeals?west=106.2&south=29.575&east=106.24&north=29.605&zoom=14");
        questions.put("district, overdue only", "/api/v1/map/appeals?west=106.2&south=29.575&east=106.24&north=29.605&zoom=14&overdue=true");
        questions.put("one grid's box, zoom 16", "/api/v1/map/appeals?west=106.2&south=29.59&east=106.2067&north=29.605&zoom=16");
        questions.put("a street corner, zoom 19 (markers)", "/api/v1/map/appeals?west=106.22&south=29.59&east=106.2212&north=29.5912&zoom=19");
        questions.put("one grid, filter by grid id", "/api/v1/map/appeals?west=106.2&south=29.575&east=106.24&north=29.605&zoom=14&grid=bench-g7");
        questions.put("counters", "/api/v1/counters");
        List<String> lines = new ArrayList<>();
        lines.add(String.format("%-36s | %9s | %s", "question", "median ms", "answer"));
        for (Map.Entry<String, String> question : questions.entrySet()) {
            List<Long> millis = new ArrayList<>();
            String answer = "";
            for (int run = 0; run < 6; run++) {
                long start = System.nanoTime();
                var response = given().auth().oauth2(token).get(question.getValue()).then().statusCode(200).extract();
                if (run > 0) {
                    millis.add((System.nanoTime() - start) / 1_000_000);
                }
                answer = response.path("mode") == null ? "open " + response.path("open")
                        : response.path("mode") + ", " + response.path("total") + " in view, "
                        + (response.path("mode").equals("markers") ? response.path("markers.size()")
                                : response.path("clusters.size()")) + " items";
            }
            millis.sort(Long::compare);
            lines.add(String.format("%-36s | %9d | %s", question.getKey(), millis.get(2), answer));
        }
        System.out.println(String.join(System.lineSeparator(), lines));
        int total = given().auth().oauth2(token).get(questions.get("district, zoom 14 (clusters)")).then()
                .extract().path("total");
        assertEquals(APPEALS, total, "every open appeal in the district's box");
    }

    private static void load() throws SQLException {
        try (Connection db = GridLoopTestInfrastructure.current().postgres().connect(GridLoopTestInfrastructure.DATABASE);
             Statement sql = db.createStatement()) {
            // Positions spread over the district's box by two co-prime strides; 48 grids; 1 in 8 overdue, 1 in 10
            // escalated, 1 in 20 in the operators' queue.
            sql.execute("""
                    insert into appeal_marker (appeal_id, reference, category, latitude, longitude, submitted_at,
                        status, status_at, street_id, community_id, grid_id, assignee_id, queue, department,
                        accept_by, resolve_by, overdue_since)
                    select gen_random_uuid(), 'BQ-BENCH-' || i, 'NOISE', 29.575 + ((i * 7919) % 30000) / 1e6,
                        106.2 + ((i * 104729) % 40000) / 1e6, now() - (i % 1440) * interval '1 minute',
                        case when i % 10 = 0 then 'ESCALATED' when i % 3 = 0 then 'ACCEPTED' else 'ASSIGNED' end,
                        now(), 'biquan', 'bench-c' || (i % 4), 'bench-g' || (i % 48), 'w-' || (i % 96),
                        case when i % 20 = 0 then 'OPERATORS' end, case when i % 10 = 0 then 'HOUSING' end,
                        now() + interval '4 hours', now() + interval '48 hours',
                        case when i % 8 = 0 then now() end
                    from generate_series(1::bigint, LAST) as i
                    """.replace("LAST", String.valueOf(APPEALS)));
            sql.execute("analyze appeal_marker");
        }
    }
}
