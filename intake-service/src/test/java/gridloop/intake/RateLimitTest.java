package gridloop.intake;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import gridloop.support.ratelimit.RateLimitBuckets;
import gridloop.support.ratelimit.RateLimitConfig;
import gridloop.testkit.MovableClock;
import gridloop.testkit.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Per-caller limits on the writes a phone makes. The buckets live in the database: here a second, independent
 * {@link RateLimitBuckets} (as another instance of intake would have) uses up the caller's bucket, and this
 * instance then refuses the caller. The test profile's buckets are large and slow so that the other tests never
 * meet them; this test takes all but two tokens directly, rather than sending a hundred thousand requests.
 */
@QuarkusTest
class RateLimitTest {

    @Inject
    DataSource dataSource;
    @Inject
    Pool pool;
    @Inject
    MovableClock clock;
    @Inject
    RateLimitConfig config;
    @Inject
    ObjectMapper json;

    @BeforeEach
    @AfterEach
    void fullBucketsAndTheClockAsItWas() throws Exception {
        clock.reset();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("delete from rate_limit_allowance"); // a bucket without a row is a full one
        }
    }

    @Test
    void beyondTheLimitACallerGets429WithRetryAfterAndNothingIsWritten() throws Exception {
        RateLimitConfig.Route submit = config.routes().get("submit");
        String token = Tokens.of(Tokens.THIRD_RESIDENT);
        RateLimitBuckets anotherInstance = new RateLimitBuckets(pool, clock);
        assertTrue(anotherInstance.take("submit", submit, "subject:" + subjectOf(token), submit.requests() - 2)
                .await().atMost(Duration.ofSeconds(10)).allowed());
        int before = mine(token);

        submit(token).then().statusCode(202);
        submit(token).then().statusCode(202);
        Response refused = submit(token);
        refused.then().statusCode(429).contentType("application/problem+json")
                .body("type", equalTo("urn:gridloop:problem:too-many-requests"))
                .body("retryAfterSeconds", notNullValue());
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertTrue(retryAfter >= 1, "Retry-After " + retryAfter);
        assertEquals(before + 2, mine(token), "the refused request wrote nothing");

        // Another resident is not held back by this one.
        submit(Tokens.of(Tokens.OTHER_RESIDENT)).then().statusCode(202);
        // When the bucket has refilled, the caller may write again.
        clock.advance(Duration.ofSeconds(retryAfter));
        submit(token).then().statusCode(202);
        assertEquals(before + 3, mine(token));
    }

    @Test
    void theHotlineWritesForManyResidentsAndIsNotLimited() throws Exception {
        RateLimitConfig.Route submit = config.routes().get("submit");
        String token = Tokens.of(Tokens.HOTLINE);
        new RateLimitBuckets(pool, clock).take("submit", submit, "subject:" + subjectOf(token), submit.requests())
                .await().atMost(Duration.ofSeconds(10));
        submit(token).then().statusCode(202);
    }

    @Test
    void theOpenApiDocumentShowsThe429OfEachLimitedWrite() {
        for (String path : new String[] {"'/api/v1/appeals'.post", "'/api/v1/appeals/{id}/supporters'.post",
                "'/api/v1/appeals/{id}/withdraw'.post"}) {
            given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                    .body("paths." + path + ".responses.'429'.headers.'Retry-After'", notNullValue())
                    .body("paths." + path + ".'x-rate-limited'", notNullValue());
        }
    }

    private static Response submit(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(AppealApiTest.appealJson("\"Broken bench, reported again and again\"", "1"))
                .post("/api/v1/appeals");
    }

    private static int mine(String token) {
        return given().auth().oauth2(token).get("/api/v1/appeals/mine").then().statusCode(200)
                .extract().path("total");
    }

    private String subjectOf(String token) throws Exception {
        byte[] claims = Base64.getUrlDecoder().decode(token.split("\\.")[1]);
        return json.readTree(new String(claims, StandardCharsets.UTF_8)).get("sub").asText();
    }
}
