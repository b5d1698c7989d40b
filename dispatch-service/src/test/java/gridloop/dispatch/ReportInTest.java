package gridloop.dispatch;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gridloop.dispatch.sla.SlaWatch;
import gridloop.events.CloudEventHeaders;
import gridloop.events.Topics;
import gridloop.testkit.KafkaTestClient;
import gridloop.testkit.MovableClock;
import gridloop.testkit.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Report-in (报到), the department's half of "grid whistle-blowing, department reporting": the department an
 * appeal is escalated to reports in once, within its category's window (2 hours), and a miss is announced once.
 */
@QuarkusTest
class ReportInTest {

    private static final String REPORTED_IN = "gridloop.appeal.reported-in.v1";
    private static final String REPORT_IN_OVERDUE = "gridloop.appeal.report-in-overdue.v1";
    private static final String PUBLIC_SECURITY = "public-security-1";

    @Inject
    MovableClock clock;
    @Inject
    SlaWatch slaWatch;

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    @Test
    void onlyTheDepartmentItWasEscalatedToReportsInAndOnlyOnce() {
        Instant before = clock.instant();
        String id = escalatedToHousing(29.586, 106.216);
        Instant after = clock.instant();
        Instant reportInBy = Instant.parse(given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).get("/api/v1/tasks/" + id)
                .then().statusCode(200).body("reportedInAt", nullValue()).extract().path("reportInBy"));
        assertTrue(!reportInBy.isBefore(before.plus(Duration.ofHours(2))) && !reportInBy.isAfter(after.plus(Duration.ofHours(2))),
                "the report-in window is the category's 2 hours from the escalation: " + reportInBy);

        reportIn(id, Tokens.of(PUBLIC_SECURITY)).then().statusCode(404).contentType("application/problem+json");
        reportIn(id, Tokens.of(Tokens.OPERATOR)).then().statusCode(403);
        reportIn(id, Tokens.of(Tokens.RESIDENT)).then().statusCode(403);
        reportIn(id, Tokens.of(Tokens.HOUSING)).then().statusCode(200).body("reportedInAt", notNullValue())
                .body("status", equalTo("ESCALATED"));
        reportIn(id, Tokens.of(Tokens.HOUSING)).then().statusCode(409).contentType("application/problem+json");
        await().atMost(Duration.ofSeconds(20)).until(() -> typesOf(id, published()).contains(REPORTED_IN));

        // Re-routed to another department: it has a window of its own and reports in for itself.
        given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).contentType(ContentType.JSON)
                .body("{\"department\": \"PUBLIC_SECURITY\", \"reason\": \"Not a housing matter\"}")
                .post("/api/v1/tasks/" + id + "/escalate").then().statusCode(200).body("reportedInAt", nullValue());
        reportIn(id, Tokens.of(Tokens.HOUSING)).then().statusCode(404);
        reportIn(id, Tokens.of(PUBLIC_SECURITY)).then().statusCode(200);

        List<ConsumerRecord<String, byte[]>> reportedIn = DepartmentTasks.ofType(id, DispatchFlowTest.dispatchedWhenQuiet(), REPORTED_IN);
        assertEquals(2, reportedIn.size(), "one report-in per department");
        assertTrue(payload(reportedIn.get(0)).contains("\"department\":\"HOUSING\""), payload(reportedIn.get(0)));
        assertTrue(payload(reportedIn.get(1)).contains("\"department\":\"PUBLIC_SECURITY\""), payload(reportedIn.get(1)));
    }

    @Test
    void aMissedReportInIsAnnouncedOnceAndALateOneIsStillTaken() {
        String id = escalatedToHousing(29.587, 106.217);
        clock.advance(Duration.ofHours(2).plusMinutes(1));
        await().atMost(Duration.ofSeconds(30)).until(() -> typesOf(id, published()).contains(REPORT_IN_OVERDUE));
        DepartmentTasks.checkNow(slaWatch);
        DepartmentTasks.checkNow(slaWatch);
        assertEquals(1, DepartmentTasks.ofType(id, DispatchFlowTest.dispatchedWhenQuiet(), REPORT_IN_OVERDUE).size(),
                "announced once");

        reportIn(id, Tokens.of(Tokens.HOUSING)).then().statusCode(200);
        DepartmentTasks.checkNow(slaWatch);
        List<ConsumerRecord<String, byte[]>> events = DispatchFlowTest.dispatchedWhenQuiet();
        assertEquals(1, DepartmentTasks.ofType(id, events, REPORTED_IN).size());
        assertEquals(1, DepartmentTasks.ofType(id, events, REPORT_IN_OVERDUE).size(), "nothing more after the late report-in");
    }

    /** A new appeal, assigned to its grid's worker, then escalated to the housing department by an operator. */
    private String escalatedToHousing(double lat, double lon) {
        String id = DepartmentTasks.assigned(lat, lon, clock.instant());
        given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).contentType(ContentType.JSON)
                .body("{\"department\": \"HOUSING\", \"reason\": \"Structural damage\"}")
                .post("/api/v1/tasks/" + id + "/escalate").then().statusCode(200).body("status", equalTo("ESCALATED"));
        return id;
    }

    private static io.restassured.response.Response reportIn(String id, String token) {
        return given().auth().oauth2(token).post("/api/v1/tasks/" + id + "/report-in");
    }

    private static List<ConsumerRecord<String, byte[]>> published() {
        return DispatchFlowTest.kafka().readAll(Topics.APPEALS_DISPATCH);
    }

    private static List<String> typesOf(String id, List<ConsumerRecord<String, byte[]>> records) {
        return records.stream().filter(r -> id.equals(r.key()))
                .map(r -> KafkaTestClient.header(r, CloudEventHeaders.TYPE)).toList();
    }

    private static String payload(ConsumerRecord<String, byte[]> record) {
        return new String(record.value(), StandardCharsets.UTF_8);
    }
}
