package gridloop.command;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gridloop.command.marker.AppealMarker;
import gridloop.command.marker.MarkerProjector;
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
 * The operators' map ends each of the shared lifecycle scenarios in the status written for it, whatever the order
 * the events arrive in and however often (intake's and feedback's projectors are held to the same scenarios).
 */
@QuarkusTest
@QuarkusTestResource(GridLoopTestInfrastructure.class)
class LifecycleAgreementTest {

    @Inject
    MarkerProjector projector;
    @Inject
    MovableClock clock;

    static List<LifecycleScenarios.Scenario> scenarios() {
        return LifecycleScenarios.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void theMarkerEndsInTheScenariosStatus(LifecycleScenarios.Scenario scenario) throws Throwable {
        for (long seed = 0; seed < 3; seed++) {
            UUID appealId = UUID.randomUUID();
            for (AppealEvent event : LifecycleScenarios.arrivals(scenario.events(appealId, clock.instant()), seed)) {
                VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> projector.apply(event)));
            }
            AppealMarker marker = VertxContextSupport.subscribeAndAwait(
                    () -> Panache.withSession(() -> AppealMarker.<AppealMarker>findById(appealId)));
            assertEquals(scenario.expected().name(), marker.status, "arrival order of seed " + seed);
        }
    }
}
