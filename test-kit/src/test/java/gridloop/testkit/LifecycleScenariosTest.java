package gridloop.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gridloop.events.AppealEvent;
import gridloop.events.EventType;
import gridloop.events.lifecycle.StatusSteps;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The hand-written expectations agree with the lifecycle's fold, whatever the order of arrival. */
class LifecycleScenariosTest {

    static List<LifecycleScenarios.Scenario> scenarios() {
        return LifecycleScenarios.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void theLifecycleFoldsEachArrivalOrderToTheExpectedStatus(LifecycleScenarios.Scenario scenario) {
        List<AppealEvent> happened = scenario.events(UUID.randomUUID(), Instant.parse("2026-12-07T01:00:00Z"));
        for (long seed = 0; seed < 10; seed++) {
            List<AppealEvent> arriving = LifecycleScenarios.arrivals(happened, seed);
            assertTrue(arriving.size() > happened.size(), "copies arrive too");
            StatusSteps steps = StatusSteps.none();
            for (AppealEvent event : arriving) {
                steps = steps.with(event.occurredAt(), EventType.of(event));
            }
            assertEquals(scenario.expected(), steps.status(), "seed " + seed);
        }
    }
}
