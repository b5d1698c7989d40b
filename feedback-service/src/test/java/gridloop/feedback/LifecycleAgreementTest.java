package gridloop.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gridloop.events.EventType;
import gridloop.feedback.appeal.AppealRecord;
import gridloop.support.inbox.IncomingEvent;
import gridloop.feedback.appeal.AppealViewProjector;
import gridloop.events.AppealEvent;
import gridloop.testkit.GridLoopTestInfrastructure;
import gridloop.testkit.LifecycleScenarios;
import gridloop.testkit.MovableClock;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Feedback's view of an appeal ends each of the shared lifecycle scenarios in the status written for it, whatever
 * the order the events arrive in and however often (intake's and the command centre's projectors are held to the
 * same scenarios).
 */
@QuarkusTest
@QuarkusTestResource(GridLoopTestInfrastructure.class)
class LifecycleAgreementTest {

    @Inject
    AppealViewProjector projector;
    @Inject
    MovableClock clock;

    static List<LifecycleScenarios.Scenario> scenarios() {
        return LifecycleScenarios.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void feedbacksViewEndsInTheScenariosStatus(LifecycleScenarios.Scenario scenario) throws Throwable {
        for (long seed = 0; seed < 3; seed++) {
            UUID appealId = UUID.randomUUID();
            for (AppealEvent event : LifecycleScenarios.arrivals(scenario.events(appealId, clock.instant()), seed)) {
                VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> projector.apply(incoming(event))));
            }
            AppealRecord record = VertxContextSupport.subscribeAndAwait(
                    () -> Panache.withSession(() -> AppealRecord.<AppealRecord>findById(appealId)));
            assertEquals(scenario.expected(), record.status, "arrival order of seed " + seed);
        }
    }

    /** As the consumer reads it; feedback's own events (resolved, reopened, closed) step the record the same way. */
    private static IncomingEvent incoming(AppealEvent event) {
        return new IncomingEvent(UUID.randomUUID().toString(), EventType.of(event).ceType(), "lifecycle-scenarios",
                event.occurredAt(), event);
    }
}
