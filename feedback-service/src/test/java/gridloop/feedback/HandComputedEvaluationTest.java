package gridloop.feedback;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import gridloop.events.Actor;
import gridloop.events.AppealAccepted;
import gridloop.events.AppealAssigned;
import gridloop.events.AppealSubmitted;
import gridloop.events.AppealWithdrawn;
import gridloop.events.GridUnit;
import gridloop.events.Location;
import gridloop.testkit.Tokens;
import gridloop.testkit.MovableClock;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import gridloop.testkit.GridLoopTestInfrastructure;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The evaluation of 22 appeals across two grids with known times and ratings, against figures worked out by
 * hand (in the comments; definitions in the README). The period is a day in 2031 nobody else uses.
 */
@QuarkusTest
@QuarkusTestResource(GridLoopTestInfrastructure.class)
class HandComputedEvaluationTest {

    private static final Instant DAY = Instant.parse("2031-03-03T00:00:00Z");
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String GRID_A = "eval-a-" + RUN;
    private static final String GRID_B = "eval-b-" + RUN;
    private static final String COMMUNITY = "eval-c-" + RUN;

    @Inject
    MovableClock clock;

    private final ScriptedSteps steps = new ScriptedSteps();

    @BeforeAll
    static void decimalsAsDoubles() {
        FeedbackFlowTest.decimalsAsDoubles();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void figuresMatchTheHandComputedOnes() {
        // Grid A, a0..a9, submitted S = 02:00 + 10 min * i; accept-by S+4h, resolve-by S+48h.
        for (int i = 0; i < 10; i++) {
            Instant s = DAY.plus(Duration.ofHours(2)).plus(Duration.ofMinutes(10L * i));
            // Accepted: a0-a7 at S+1h (on time), a8 at S+5h (late), a9 never -> responded 8 of 10.
            Duration accepted = i <= 7 ? Duration.ofHours(1) : i == 8 ? Duration.ofHours(5) : null;
            UUID a = appeal(GRID_A, s, accepted);
            // First closure report: a0-a5 at S+24h, a6 at S+50h (late), a7 at S+47h -> resolved 8, on time 7.
            if (i <= 5) {
                closure(a, s.plus(Duration.ofHours(24)));
            } else if (i == 6) {
                closure(a, s.plus(Duration.ofHours(50)));
            } else if (i == 7) {
                closure(a, s.plus(Duration.ofHours(47)));
            }
            // Ratings: a0 5, a1 4, a2 3 closed at S+25h; a3 2 "not fixed" at S+25h, closure again at S+30h,
            // 4 at S+31h; a4 1 "fixed" at S+26h; a5 never rated; a6 5 at S+51h; a7 4 at S+48h.
            switch (i) {
                case 0, 1, 2 -> rating(a, s.plus(Duration.ofHours(25)), 5 - i, true);
                case 3 -> {
                    rating(a, s.plus(Duration.ofHours(25)), 2, false);
                    closure(a, s.plus(Duration.ofHours(30)));
                    rating(a, s.plus(Duration.ofHours(31)), 4, true);
                }
                case 4 -> rating(a, s.plus(Duration.ofHours(26)), 1, true);
                case 6 -> rating(a, s.plus(Duration.ofHours(51)), 5, true);
                case 7 -> rating(a, s.plus(Duration.ofHours(48)), 4, true);
                default -> { }
            }
        }
        // Grid B, b0..b9, submitted S = 03:00 + 10 min * i: all accepted on time (b9 exactly at accept-by),
        // b0-b4 closure at S+10h and rated 5 "fixed" at S+12h; b5-b9 still open.
        for (int i = 0; i < 10; i++) {
            Instant s = DAY.plus(Duration.ofHours(3)).plus(Duration.ofMinutes(10L * i));
            UUID b = appeal(GRID_B, s, i == 9 ? Duration.ofHours(4) : Duration.ofHours(2));
            if (i <= 4) {
                closure(b, s.plus(Duration.ofHours(10)));
                rating(b, s.plus(Duration.ofHours(12)), 5, true);
            }
        }
        // Not counted: one withdrawn in B, one submitted the day before in B.
        UUID withdrawn = appeal(GRID_B, DAY.plus(Duration.ofHours(5)), null);
        GridLoopTestInfrastructure.current().kafka().sendEvent(
                new AppealWithdrawn(withdrawn, "Solved it myself", Actor.system("test"), DAY.plus(Duration.ofHours(6))));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).get(feedback(withdrawn)).then()
                .body("status", equalTo("WITHDRAWN")));
        appeal(GRID_B, DAY.minus(Duration.ofHours(2)), Duration.ofHours(1));

        steps.run(clock);
        clock.reset();

        ValidatableResponse grids = evaluation("grid").body("items.unitId", equalTo(List.of(GRID_A, GRID_B)));
        // A: received 10, responded 8, resolved 8, on time 7, closed 7 (a0-a4, a6, a7), reopened 1 (a3).
        // Hours to close: 25, 25, 25, 31, 26, 51, 48 -> mean 231/7 = 33; p90 at rank 0.9*6 = 5.4 of the
        // sorted 25,25,25,26,31,48,51 -> exactly 48 + 0.4*(51-48) = 49.2; from the histogram (README): 0.9*7 =
        // 6.3 closures lie below it, 6 of them below 51 h = 3060 min, in bucket 1 + floor(8*log2(3060)) = 93,
        // [2^(92/8), 2^(93/8)) min, so 0.3 of the way into it. Ratings 5,4,3,2,4,1,5,4: 8, mean 28/8 = 3.5,
        // satisfied (>= 4) 5 of 8.
        assertUnit(grids, GRID_A, 10, 8, 0.8, 8, 7.0 / 8, 7, 0.7, 33.0, 49.2, histogramHours(93, 0.3), 0.1, 8, 3.5,
                5.0 / 8);
        // B: received 10 (withdrawn and day-before not counted), responded 10, resolved 5 all on time,
        // closed 5 at 12 h each, no reopen, ratings five 5s.
        // p90: 4.5 of the 5 closures at 720 min, bucket 1 + floor(8*log2(720)) = 76, 0.9 of the way.
        assertUnit(grids, GRID_B, 10, 10, 1.0, 5, 1.0, 5, 0.5, 12.0, 12.0, histogramHours(76, 0.9), 0.0, 5, 5.0, 1.0);
        // The community holds both: 20 received, 18 responded, 13 resolved (12 on time), 12 closed; hours
        // 12 x5, 25, 25, 25, 26, 31, 48, 51 -> mean 291/12 = 24.25, p90 at rank 9.9 -> 31 + 0.9*(48-31) = 46.3;
        // histogram: 10.8 below it; buckets 76 (12 h) x5, 85 (25-26 h) x4, 87 (31 h) x1 hold 10, so it is 0.8
        // into bucket 92 (48 h = 2880 min). 13 ratings summing 53, 10 of them >= 4.
        assertUnit(evaluation("community"), COMMUNITY, 20, 18, 0.9, 13, 12.0 / 13, 12, 0.6, 24.25, 46.3,
                histogramHours(92, 0.8), 0.05, 13, 53.0 / 13, 10.0 / 13);
        given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).header("Accept-Language", "en").queryParam("level", "community")
                .queryParam("from", DAY.toString()).queryParam("to", DAY.plus(Duration.ofDays(1)).toString())
                .get("/api/v1/evaluations").then().statusCode(200)
                .body("items.find { it.unitId == '" + COMMUNITY + "' }.unitName", equalTo("Evaluation Community"));
    }

    private UUID appeal(String grid, Instant submittedAt, Duration acceptedAfter) {
        UUID id = UUID.randomUUID();
        var kafka = GridLoopTestInfrastructure.current().kafka();
        kafka.sendEvent(new AppealSubmitted(id, "BQ-EVAL", "NOISE", "Noise", new Location(29.59, 106.22, null),
                List.of(), "APP", ReporterPseudonym.resident(), Actor.system("test"), submittedAt));
        kafka.sendEvent(new AppealAssigned(id, new GridUnit("biquan", "Biquan Street"),
                new GridUnit(COMMUNITY, "Evaluation Community", java.util.Map.of("zh-CN", "评估社区", "en",
                        "Evaluation Community")), new GridUnit(grid, "Grid " + grid), "w-eval",
                "Eval Worker", null, submittedAt.plus(Duration.ofHours(4)), submittedAt.plus(Duration.ofHours(48)), Actor.system("test"),
                submittedAt.plusSeconds(1)));
        if (acceptedAfter != null) {
            kafka.sendEvent(new AppealAccepted(id, "w-eval", Actor.system("test"), submittedAt.plus(acceptedAfter)));
        }
        String expected = acceptedAfter == null ? "ASSIGNED" : "ACCEPTED";
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).get(feedback(id)).then()
                .statusCode(200).body("status", equalTo(expected)).body("submittedAt", notNullValue()));
        return id;
    }

    private void closure(UUID appeal, Instant at) {
        steps.closure(appeal, at, "{\"resolution\": \"Done\", \"handledBy\": \"Eval Worker\"}");
    }

    private void rating(UUID appeal, Instant at, int satisfaction, boolean resolved) {
        steps.rating(appeal, at, satisfaction, resolved);
    }

    /** Hours at the given fraction into histogram bucket b >= 1, which spans [2^((b-1)/8), 2^(b/8)) minutes. */
    private static double histogramHours(int bucket, double fraction) {
        double lower = Math.pow(2, (bucket - 1) / 8.0);
        double upper = Math.pow(2, bucket / 8.0);
        return (lower + fraction * (upper - lower)) / 60;
    }

    private static String feedback(UUID id) {
        return "/api/v1/appeals/" + id + "/feedback";
    }

    private static ValidatableResponse evaluation(String level) {
        return given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).queryParam("level", level).queryParam("from", DAY.toString())
                .queryParam("to", DAY.plus(Duration.ofDays(1)).toString()).get("/api/v1/evaluations").then()
                .statusCode(200);
    }

    private static void assertUnit(ValidatableResponse response, String unit, int received, int responded,
            double responseRate, int resolved, double onTimeRate, int closed, double closureRate,
            double meanHoursToClose, double exactP90, double p90HoursToClose, double reopenRate, int ratings,
            double meanSatisfaction, double satisfiedRate) {
        String item = "items.find { it.unitId == '" + unit + "' }.";
        response.body(item + "received", equalTo(received))
                .body(item + "responded", equalTo(responded))
                .body(item + "responseRate", closeTo(responseRate, 1e-9))
                .body(item + "resolved", equalTo(resolved))
                .body(item + "onTimeRate", closeTo(onTimeRate, 1e-9))
                .body(item + "closed", equalTo(closed))
                .body(item + "closureRate", closeTo(closureRate, 1e-9))
                // Hours within 0.36 s: the pinned clock runs on for the milliseconds each request takes.
                .body(item + "meanHoursToClose", closeTo(meanHoursToClose, 1e-4))
                .body(item + "p90HoursToClose", closeTo(p90HoursToClose, 1e-4))
                // The promise of the README: within one bucket width (9.05 %) of the exact percentile.
                .body(item + "p90HoursToClose", closeTo(exactP90, exactP90 * 0.0905))
                .body(item + "reopenRate", closeTo(reopenRate, 1e-9))
                .body(item + "ratings", equalTo(ratings))
                .body(item + "meanSatisfaction", closeTo(meanSatisfaction, 1e-9))
                .body(item + "satisfiedRate", closeTo(satisfiedRate, 1e-9))
                // Named in the reader's language (no Accept-Language: Chinese) where the events named it so.
                .body(item + "unitName", unit.equals(COMMUNITY) ? equalTo("评估社区") : equalTo("Grid " + unit));
    }
}
