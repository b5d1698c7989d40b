package gridloop.feedback;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import gridloop.events.Actor;
import gridloop.events.AppealAssigned;
import gridloop.events.AppealCoHandled;
import gridloop.events.AppealEscalated;
import gridloop.events.AppealPartReported;
import gridloop.events.AppealRejected;
import gridloop.events.AppealReportedIn;
import gridloop.events.AppealSentBack;
import gridloop.events.AppealSubmitted;
import gridloop.events.GridUnit;
import gridloop.events.Location;
import gridloop.events.Topics;
import gridloop.testkit.GridLoopTestInfrastructure;
import gridloop.testkit.KafkaTestClient;
import gridloop.testkit.MovableClock;
import gridloop.testkit.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
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
 * The department figures (report-in rate, p90 hours to report in, send-back rate, parts on time) and the closure
 * outcomes counted apart, for a scripted set of six appeals, against figures worked out by hand in the comments
 * (definitions in docs/evaluation.md). The period is a day in 2031 no other test uses; the evaluation is read
 * with the clock five days later, when every deadline of the day has passed.
 */
@QuarkusTest
@QuarkusTestResource(GridLoopTestInfrastructure.class)
class HandComputedDepartmentEvaluationTest {

    private static final Instant DAY = Instant.parse("2031-04-07T00:00:00Z");
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String GRID = "dept-eval-" + RUN;
    private static final String A = "dep-a-" + RUN;
    private static final String B = "dep-b-" + RUN;
    private static final String C = "dep-c-" + RUN;
    private static final Actor DISPATCH = Actor.system("test");

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
    void departmentFiguresAndOutcomesMatchTheHandComputedOnes() {
        // Six appeals, submitted S = 02:00 + 10 min * i, resolve-by S+48h. Each escalation at S+1h.
        Instant s1 = submittedAt(1);
        UUID a1 = appeal(s1);
        // a1: A reports in after 0.5 h, closes FIXED at S+20h (part on time); rated, closed.
        escalate(a1, A, s1);
        reportIn(a1, A, s1.plus(Duration.ofMinutes(90)));
        closure(a1, s1.plus(Duration.ofHours(20)), "FIXED");
        rating(a1, s1.plus(Duration.ofHours(21)));

        Instant s2 = submittedAt(2);
        UUID a2 = appeal(s2);
        // a2: A reports in after 2 h, closes NOT_FIXABLE at S+50h (late); rated, closed.
        escalate(a2, A, s2);
        reportIn(a2, A, s2.plus(Duration.ofHours(3)));
        closure(a2, s2.plus(Duration.ofHours(50)), "NOT_FIXABLE");
        rating(a2, s2.plus(Duration.ofHours(51)));

        Instant s3 = submittedAt(3);
        UUID a3 = appeal(s3);
        // a3: A never reports in and sends it back at S+2h; B takes it at S+3h, reports in after 1 h, closes
        // NOT_RESPONSIBLE at S+10h (on time); rated, closed.
        escalate(a3, A, s3);
        kafka().sendEvent(new AppealSentBack(a3, A, "Dept " + A, "NOT_OUR_JURISDICTION", "Not ours", 1, false,
                new Actor("department", "a-1"), s3.plus(Duration.ofHours(2))));
        kafka().sendEvent(new AppealEscalated(a3, B, "Dept " + B, "Re-routed", false, new Actor("operator", "op"),
                s3.plus(Duration.ofHours(3))));
        reportIn(a3, B, s3.plus(Duration.ofHours(4)));
        closure(a3, s3.plus(Duration.ofHours(10)), "NOT_RESPONSIBLE");
        rating(a3, s3.plus(Duration.ofHours(11)));

        Instant s4 = submittedAt(4);
        UUID a4 = appeal(s4);
        // a4: A reports in after 1 h and never closes: its part is due (S+48h has passed) and not done.
        escalate(a4, A, s4);
        reportIn(a4, A, s4.plus(Duration.ofHours(2)));

        Instant s5 = submittedAt(5);
        UUID a5 = appeal(s5);
        // a5: co-handled, lead A with B and C assisting. A reports in after 0.25 h, B after 4 h, C never. B reports
        // its part at S+30h (on time), C never (due, not done). A closes FIXED at S+40h (on time); rated, closed.
        escalate(a5, A, s5);
        kafka().sendEvent(new AppealCoHandled(a5, A, "Dept " + A, List.of(B, C), List.of("Dept " + B, "Dept " + C),
                "Facade", new Actor("operator", "op"), s5.plus(Duration.ofHours(1))));
        reportIn(a5, A, s5.plus(Duration.ofMinutes(75)));
        reportIn(a5, B, s5.plus(Duration.ofHours(5)));
        kafka().sendEvent(new AppealPartReported(a5, B, "Dept " + B, "Cordoned off", new Actor("department", "b-1"),
                s5.plus(Duration.ofHours(30))));
        closure(a5, s5.plus(Duration.ofHours(40)), "FIXED");
        rating(a5, s5.plus(Duration.ofHours(41)));

        Instant s6 = submittedAt(6);
        UUID a6 = appeal(s6);
        // a6: escalated to A, then merged into a1 as a duplicate: counted nowhere.
        escalate(a6, A, s6);
        kafka().sendEvent(new AppealRejected(a6, AppealRejected.DUPLICATE, "Duplicate", new Actor("operator", "op"),
                s6.plus(Duration.ofHours(2)), a1));

        GridLoopTestInfrastructure.current().awaitQuiet("feedback", Topics.APPEALS_SUBMITTED, Topics.APPEALS_DISPATCH);
        steps.run(clock);
        clock.pinTo(DAY.plus(Duration.ofDays(5)));

        ValidatableResponse departments = evaluation("department");
        // A: engagements a1-a6 but a6 (merged) = 5; reported in a1 0.5 h, a2 2 h, a4 1 h, a5 0.25 h = 4 -> 0.8.
        // p90 (linear between ranks) of 0.25, 0.5, 1, 2: rank 0.9 * 3 = 2.7 -> 1 + 0.7 * (2 - 1) = 1.7 h.
        // Sent back a3: 1 of 5 = 0.2. Parts due (not sent back): a1, a2, a4, a5 = 4; on time a1, a5 = 2 -> 0.5.
        assertDepartment(departments, A, 5, 4, 0.8, 1.7, 1, 0.2, 4, 2, 0.5);
        // B: a3 (lead, after the send-back) and a5 (assisting) = 2, both reported in (1 h, 4 h) -> 1.0;
        // p90 of 1, 4: rank 0.9 -> 1 + 0.9 * 3 = 3.7 h. No send-back. Parts a3 (S+10h), a5 (S+30h): both on time.
        assertDepartment(departments, B, 2, 2, 1.0, 3.7, 0, 0.0, 2, 2, 1.0);
        // C: a5 only, never reported in, part due and not done.
        assertDepartment(departments, C, 1, 0, 0.0, null, 0, 0.0, 1, 0, 0.0);

        // The outcomes at the department level follow the lead: A leads a1, a2, a4, a5 and closed a1, a5 FIXED and
        // a2 NOT_FIXABLE; B leads a3, closed NOT_RESPONSIBLE; C leads nothing, so its appeal figures are 0.
        assertOutcomes(departments, A, 4, 3, 2, 1, 0, 0.5);
        assertOutcomes(departments, B, 1, 1, 0, 0, 1, 0.0);
        assertOutcomes(departments, C, 0, 0, 0, 0, 0, null);
        // The grid holds a1-a5 (a6 merged): 4 closed, 2 fixed, 1 not fixable, 1 not responsible; fixed 2 of 5.
        assertOutcomes(evaluation("grid"), GRID, 5, 4, 2, 1, 1, 0.4);
        evaluation("grid").body(item(GRID) + "department", nullValue());
    }

    private static Instant submittedAt(int i) {
        return DAY.plus(Duration.ofHours(2)).plus(Duration.ofMinutes(10L * i));
    }

    private static KafkaTestClient kafka() {
        return GridLoopTestInfrastructure.current().kafka();
    }

    private UUID appeal(Instant submittedAt) {
        UUID id = UUID.randomUUID();
        kafka().sendEvent(new AppealSubmitted(id, "BQ-DEPT", "FACILITY_DAMAGE", "Damaged facade",
                new Location(29.59, 106.22, null), List.of(), "APP", ReporterPseudonym.resident(), DISPATCH, submittedAt));
        kafka().sendEvent(new AppealAssigned(id, new GridUnit("biquan", "Biquan Street"),
                new GridUnit("dept-eval-c-" + RUN, "Department Evaluation Community"), new GridUnit(GRID, "Grid " + GRID),
                "w-eval", "Eval Worker", null, submittedAt.plus(Duration.ofHours(4)),
                submittedAt.plus(Duration.ofHours(48)), DISPATCH, submittedAt.plusSeconds(1)));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(Tokens.of(Tokens.OPERATOR))
                .get("/api/v1/appeals/" + id + "/feedback").then().statusCode(200).body("submittedAt", notNullValue()));
        return id;
    }

    private static void escalate(UUID appeal, String department, Instant submittedAt) {
        kafka().sendEvent(new AppealEscalated(appeal, department, "Dept " + department, "Needs the department", false,
                new Actor("worker", "w-eval"), submittedAt.plus(Duration.ofHours(1))));
    }

    private static void reportIn(UUID appeal, String department, Instant at) {
        kafka().sendEvent(new AppealReportedIn(appeal, department, "Dept " + department,
                new Actor("department", department + "-staff"), at));
    }

    private void closure(UUID appeal, Instant at, String outcome) {
        String reason = outcome.equals("NOT_FIXABLE") ? ", \"outcomeReason\": \"Listed building\"" : "";
        steps.closure(appeal, at, "{\"resolution\": \"Done\", \"outcome\": \"" + outcome + "\"" + reason + "}");
    }

    private void rating(UUID appeal, Instant at) {
        steps.rating(appeal, at, 4, true);
    }

    private static ValidatableResponse evaluation(String level) {
        return given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).queryParam("level", level)
                .queryParam("from", DAY.toString()).queryParam("to", DAY.plus(Duration.ofDays(1)).toString())
                .get("/api/v1/evaluations").then().statusCode(200);
    }

    private static String item(String unit) {
        return "items.find { it.unitId == '" + unit + "' }.";
    }

    private static void assertDepartment(ValidatableResponse response, String department, int engagements,
            int reportedIn, double reportInRate, Double p90Hours, int sentBack, double sendBackRate, int partsDue,
            int partsOnTime, double partOnTimeRate) {
        String figures = item(department) + "department.";
        response.body(item(department) + "unitName", equalTo("Dept " + department))
                .body(figures + "engagements", equalTo(engagements))
                .body(figures + "reportedIn", equalTo(reportedIn))
                .body(figures + "reportInRate", closeTo(reportInRate, 1e-9))
                .body(figures + "p90HoursToReportIn", p90Hours == null ? nullValue() : closeTo(p90Hours, 1e-9))
                .body(figures + "sentBack", equalTo(sentBack))
                .body(figures + "sendBackRate", closeTo(sendBackRate, 1e-9))
                .body(figures + "partsDue", equalTo(partsDue))
                .body(figures + "partsOnTime", equalTo(partsOnTime))
                .body(figures + "partOnTimeRate", closeTo(partOnTimeRate, 1e-9));
    }

    private static void assertOutcomes(ValidatableResponse response, String unit, int received, int closed, int fixed,
            int notFixable, int notResponsible, Double fixedRate) {
        response.body(item(unit) + "received", equalTo(received))
                .body(item(unit) + "closed", equalTo(closed))
                .body(item(unit) + "fixed", equalTo(fixed))
                .body(item(unit) + "notFixable", equalTo(notFixable))
                .body(item(unit) + "notResponsible", equalTo(notResponsible))
                .body(item(unit) + "fixedRate", fixedRate == null ? nullValue() : closeTo(fixedRate, 1e-9));
    }
}
