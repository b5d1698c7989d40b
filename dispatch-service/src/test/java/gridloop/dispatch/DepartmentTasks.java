package gridloop.dispatch;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import gridloop.dispatch.sla.SlaWatch;
import gridloop.events.AppealSubmitted;
import gridloop.events.CloudEventHeaders;
import gridloop.testkit.EventContract;
import gridloop.testkit.KafkaTestClient;
import gridloop.testkit.Tokens;
import io.quarkus.vertx.VertxContextSupport;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** What the tests of the departments' side (report-in, send-back, co-handling, rejection) share. */
final class DepartmentTasks {

    private static final EventContract CONTRACT = EventContract.load();

    private DepartmentTasks() {
    }

    /** A new FACILITY_DAMAGE appeal at the point, submitted {@code at}, once dispatch has assigned it. */
    static String assigned(double lat, double lon, Instant at) {
        AppealSubmitted appeal = DispatchFlowTest.submitted("FACILITY_DAMAGE", lat, lon, at);
        String id = appeal.appealId().toString();
        DispatchFlowTest.kafka().sendEvent(appeal);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(Tokens.of(Tokens.OPERATOR))
                .get("/api/v1/tasks/" + id).then().statusCode(200).body("status", equalTo("ASSIGNED")));
        return id;
    }

    /** The appeal's records of one type, in order, each checked against the AsyncAPI document. */
    static List<ConsumerRecord<String, byte[]>> ofType(String id, List<ConsumerRecord<String, byte[]>> records,
            String type) {
        return records.stream().filter(r -> id.equals(r.key()))
                .filter(r -> type.equals(KafkaTestClient.header(r, CloudEventHeaders.TYPE)))
                .map(CONTRACT::requireKept).toList();
    }

    /** One SLA check as the scheduler runs it, on a Vert.x context of its own. */
    static void checkNow(SlaWatch slaWatch) {
        try {
            VertxContextSupport.subscribeAndAwait(slaWatch::check);
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
