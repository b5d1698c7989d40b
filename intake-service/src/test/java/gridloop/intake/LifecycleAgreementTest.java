package gridloop.intake;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import gridloop.events.AppealEvent;
import gridloop.events.EventType;
import gridloop.intake.appeal.TimelineProjector;
import gridloop.support.inbox.IncomingEvent;
import gridloop.testkit.LifecycleScenarios;
import gridloop.testkit.MovableClock;
import gridloop.testkit.Tokens;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The resident's view ends each of the shared lifecycle scenarios in the status written for it, whatever the order
 * the events arrive in and however often (feedback's and the command centre's projectors are held to the same
 * scenarios). The appeal is submitted through the API; the rest of each story is fed to the projector.
 */
@QuarkusTest
class LifecycleAgreementTest {

    @Inject
    TimelineProjector projector;
    @Inject
    MovableClock clock;

    static List<LifecycleScenarios.Scenario> scenarios() {
        return LifecycleScenarios.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void theResidentsViewEndsInTheScenariosStatus(LifecycleScenarios.Scenario scenario) throws Throwable {
        for (long seed = 0; seed < 3; seed++) {
            String id = given().auth().oauth2(Tokens.of(Tokens.RESIDENT)).contentType(ContentType.JSON)
                    .body(AppealApiTest.appealJson("\"Overflowing bins\"", "13700000001"))
                    .post("/api/v1/appeals").then().statusCode(202).extract().path("id");
            UUID appealId = UUID.fromString(id);
            List<AppealEvent> happened = scenario.events(appealId, clock.instant());
            // Intake submitted it already; the rest arrives from the topics (and the resident's own withdrawal).
            for (AppealEvent event : LifecycleScenarios.arrivals(happened.subList(1, happened.size()), seed)) {
                IncomingEvent incoming = new IncomingEvent(UUID.randomUUID().toString(), EventType.of(event).ceType(),
                        "lifecycle-scenarios", event.occurredAt(), event);
                VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> projector.apply(incoming)));
            }
            given().auth().oauth2(Tokens.of(Tokens.RESIDENT)).get("/api/v1/appeals/" + id).then().statusCode(200)
                    .body("status", equalTo(scenario.expected().name()));
        }
    }
}
