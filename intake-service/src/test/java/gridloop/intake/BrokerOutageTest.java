package gridloop.intake;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gridloop.events.Topics;
import gridloop.localstack.EmbeddedKafkaBroker;
import gridloop.testkit.Tokens;
import gridloop.testkit.GridLoopTestInfrastructure;
import gridloop.testkit.PrometheusScrape;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * With the broker away, submissions are still accepted; once it is back, each is published exactly once. What
 * an operator sees meanwhile: readiness DOWN within seconds (the broker, then the outbox backlog past its
 * maximum age, 3 s in tests), liveness UP (a restart would not help), the backlog as a gauge, and the
 * submissions counted only once the broker has them.
 */
@QuarkusTest
class BrokerOutageTest {

    private static final Map<String, String> SUBMITTED = Map.of("event", "submitted");

    @Test
    void appealsAcceptedWhileTheBrokerIsDownArePublishedOnceWhenItReturns() {
        EmbeddedKafkaBroker broker = GridLoopTestInfrastructure.current().broker();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> readiness().statusCode(200));
        double submittedBefore = metrics().sum("gridloop_appeals_total", SUBMITTED);
        List<String> ids = new ArrayList<>();
        broker.stop();
        try {
            for (int i = 0; i < 10; i++) {
                ids.add(given().auth().oauth2(Tokens.of(Tokens.RESIDENT)).contentType(ContentType.JSON)
                        .body(AppealApiTest.appealJson("\"During the outage " + i + "\"", "13400000000"))
                        .post("/api/v1/appeals").then().statusCode(202).extract().path("id"));
            }
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> readiness().statusCode(503)
                    .body(check(KAFKA) + "status", equalTo("DOWN")));
            given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).get("/q/health/live").then().statusCode(200);
            await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> readiness().statusCode(503)
                    .body(check(BACKLOG) + "status", equalTo("DOWN"))
                    .body(check(BACKLOG) + "data.unsent", greaterThanOrEqualTo(10)));
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                    assertTrue(metrics().sum("gridloop_outbox_unsent", Map.of()) >= 10, "backlog gauge"));
            assertEquals(submittedBefore, metrics().sum("gridloop_appeals_total", SUBMITTED),
                    "nothing counted before the broker has it");
        } finally {
            broker.start();
        }
        Set<String> wanted = Set.copyOf(ids);
        Map<String, Long> published = GridLoopTestInfrastructure.current().kafka()
                .readUntil(Topics.APPEALS_SUBMITTED, Duration.ofSeconds(60),
                        list -> list.stream().map(r -> r.key()).filter(wanted::contains).distinct().count() == wanted.size())
                .stream().map(r -> r.key()).filter(wanted::contains)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertEquals(wanted, published.keySet(), "every accepted appeal is on the topic");
        published.forEach((id, count) -> assertEquals(1L, count, id + " published once"));

        // Ready again without a restart, and each submission counted once.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> readiness().statusCode(200)
                .body(check(KAFKA) + "status", equalTo("UP")).body(check(BACKLOG) + "status", equalTo("UP")));
        assertEquals(submittedBefore + 10, metrics().sum("gridloop_appeals_total", SUBMITTED));
    }

    private static final String KAFKA = "Kafka broker";
    private static final String BACKLOG = "Outbox backlog";

    private static String check(String name) {
        return "checks.find { it.name == '" + name + "' }.";
    }

    private static ValidatableResponse readiness() {
        return given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).get("/q/health/ready").then();
    }

    private static PrometheusScrape metrics() {
        return new PrometheusScrape(given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).get("/q/metrics").then().statusCode(200).extract().asString());
    }
}
