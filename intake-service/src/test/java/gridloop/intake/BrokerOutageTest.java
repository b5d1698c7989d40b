package gridloop.intake;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import gridloop.events.Topics;
import gridloop.localstack.EmbeddedKafkaBroker;
import gridloop.localstack.GridLoopTestInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** With the broker away, submissions are still accepted; once it is back, each is published exactly once. */
@QuarkusTest
class BrokerOutageTest {

    @Test
    void appealsAcceptedWhileTheBrokerIsDownArePublishedOnceWhenItReturns() {
        EmbeddedKafkaBroker broker = GridLoopTestInfrastructure.current().broker();
        List<String> ids = new ArrayList<>();
        broker.stop();
        try {
            for (int i = 0; i < 10; i++) {
                ids.add(given().contentType(ContentType.JSON)
                        .body(AppealApiTest.appealJson("\"During the outage " + i + "\"", "13400000000"))
                        .post("/api/v1/appeals").then().statusCode(202).extract().path("id"));
            }
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
    }
}
