package gridloop.feedback;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gridloop.events.Actor;
import gridloop.events.AppealRated;
import gridloop.events.CloudEventHeaders;
import gridloop.events.EventCodec;
import gridloop.events.Topics;
import gridloop.support.security.RatingLinks;
import gridloop.testkit.GridLoopTestInfrastructure;
import gridloop.testkit.KafkaTestClient;
import gridloop.testkit.MovableClock;
import gridloop.testkit.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Rating by the "please rate" link, without signing in: once, by the appeal's reporter, until it expires; through the
 * app's rules, published with its source.
 */
@QuarkusTest
@QuarkusTestResource(GridLoopTestInfrastructure.class)
class RatingByLinkTest {

    @Inject
    MovableClock clock;

    @Inject
    RatingLinks links;

    @Test
    void theLinkRatesOnceAsTheReporterAndIsGoneAfter() {
        UUID id = resolvedAppeal();
        UUID other = resolvedAppeal();
        String token = links.issue(id, ReporterPseudonym.resident(), clock.instant().plus(Duration.ofDays(7)));

        rate(other, token).then().statusCode(403).body("type", containsString("rating-link-refused"));
        rate(id, token + "x").then().statusCode(403);
        // Open to all: a bearer token that signs nobody in changes nothing (the body's token decides).
        given().auth().oauth2("not-a-token").contentType(ContentType.JSON)
                .body("{\"token\": \"r1.x.y\", \"satisfaction\": 4, \"resolved\": true}")
                .post("/api/v1/appeals/" + id + "/rating-by-link").then().statusCode(403);
        rate(id, links.issue(id, ReporterPseudonym.of(Tokens.OTHER_RESIDENT), clock.instant().plus(Duration.ofDays(7))))
                .then().statusCode(404);
        rate(id, links.issue(id, ReporterPseudonym.resident(), clock.instant().minusSeconds(1))).then().statusCode(410)
                .body("type", containsString("rating-link-gone"));

        rate(id, token).then().statusCode(200).body("status", equalTo("CLOSED"));
        rate(id, token).then().statusCode(410).header("Content-Language", "zh-CN")
                .body("detail", containsString("已使用过"));

        List<AppealRated> rated = FeedbackFlowTest.publishedWhenQuiet(Topics.APPEALS_FEEDBACK).stream()
                .filter(r -> id.toString().equals(r.key()))
                .filter(r -> "gridloop.appeal.rated.v1".equals(KafkaTestClient.header(r, CloudEventHeaders.TYPE)))
                .map(r -> (AppealRated) EventCodec.decode(KafkaTestClient.header(r, CloudEventHeaders.TYPE), r.value()))
                .toList();
        assertEquals(1, rated.size());
        assertEquals(AppealRated.LINK, rated.get(0).source());
        assertEquals(new Actor("resident", ReporterPseudonym.resident()), rated.get(0).actor());
        assertTrue(rated.get(0).satisfaction() == 4);
    }

    @Test
    void theRatingPageOpensWithoutSigningInInTheReadersLanguage() {
        given().header("Accept-Language", "en").get("/rate").then().statusCode(200).contentType(containsString("text/html"))
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .body(containsString("Rate how your appeal was handled")).body(containsString("/rate/rate.js"));
        given().header("Accept-Language", "zh-CN").get("/rate").then().statusCode(200)
                .body(containsString("诉求办理评价"));
        given().get("/rate/rate.js").then().statusCode(200).body(containsString("rating-by-link"));
    }

    /** An appeal of the resident's, assigned and reported fixed: waiting for its rating. */
    private UUID resolvedAppeal() {
        Instant at = clock.instant();
        UUID id = FeedbackFlowTest.knownAppealInGrid("g-" + UUID.randomUUID(), at);
        given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).contentType(ContentType.JSON)
                .body("{\"resolution\": \"Replaced the table top\"}").post("/api/v1/appeals/" + id + "/closure")
                .then().statusCode(200).body("status", equalTo("RESOLVED"));
        return id;
    }

    private static Response rate(UUID appeal, String token) {
        return given().contentType(ContentType.JSON).header("Accept-Language", "zh-CN").body("""
                {"token": "%s", "satisfaction": 4, "resolved": true, "comment": "Fixed"}""".formatted(token))
                .post("/api/v1/appeals/" + appeal + "/rating-by-link");
    }
}
