package gridloop.intake;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gridloop.testkit.PrometheusScrape;
import gridloop.testkit.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The counters an operator alerts on exist from the start, at zero until something goes wrong, for every consumed topic. */
@QuarkusTest
class AlertCountersTest {

    @Test
    void deadLetteredAndUntrustedCountersExistForEveryConsumedTopic() {
        PrometheusScrape scrape = new PrometheusScrape(given().auth().oauth2(Tokens.of(Tokens.OPERATOR)).get("/q/metrics").then().statusCode(200).extract().asString());
        for (String topic : new String[] {"gridloop.appeals.dispatch", "gridloop.appeals.feedback"}) {
            Map<String, String> labels = Map.of("consumer", "intake-timeline", "topic", topic);
            assertTrue(scrape.has("gridloop_events_dead_lettered_total", labels), "dead-lettered " + topic);
            for (String rule : new String[] {"TYPE_NOT_ON_TOPIC", "NOT_FROM_PRODUCER", "SUBJECT_MISMATCH"}) {
                assertTrue(scrape.has("gridloop_events_untrusted_total", Map.of("consumer", "intake-timeline",
                        "topic", topic, "rule", rule)), "untrusted " + rule + " " + topic);
            }
        }
    }
}
