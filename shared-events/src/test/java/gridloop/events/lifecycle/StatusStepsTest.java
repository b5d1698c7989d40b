package gridloop.events.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gridloop.events.EventType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Steps in event-time order decide, whatever order they arrive in, and copies change nothing. */
class StatusStepsTest {

    private static final Instant T0 = Instant.parse("2026-12-07T01:00:00Z");

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource({
            "'', SUBMITTED",
            "SUBMITTED ASSIGNED ACCEPTED RESOLVED, RESOLVED",
            "SUBMITTED ASSIGNED OVERDUE, ASSIGNED",
            "SUBMITTED ASSIGNED ESCALATED RESOLVED REOPENED, REOPENED",
            "SUBMITTED RESOLVED CLOSED ASSIGNED, CLOSED",
            "SUBMITTED RESOLVED CLOSED REOPENED REASSIGNED, ASSIGNED",
            // The first assignment stamped a moment late by dispatch's clock, after the fix and the reopening.
            "SUBMITTED RESOLVED REOPENED ASSIGNED, REOPENED",
            "SUBMITTED RESOLVED CLOSED RATED ESCALATED, CLOSED",
            "SUBMITTED WITHDRAWN ASSIGNED REOPENED, WITHDRAWN",
            "SUBMITTED REJECTED ASSIGNED, REJECTED",
            "SUBMITTED ASSIGNED REJECTED CLOSED, CLOSED",
            "SUBMITTED WITHDRAWN CLOSED, WITHDRAWN",
            "SUBMITTED ASSIGNED WITHDRAWN CLOSED, WITHDRAWN",
            // An operator reassigns an accepted appeal: the new worker has not accepted it.
            "SUBMITTED ASSIGNED ACCEPTED REASSIGNED, ASSIGNED",
            "SUBMITTED ASSIGNED ESCALATED ACCEPTED, ESCALATED",
            "SUBMITTED ASSIGNED ESCALATED SENT_BACK, ASSIGNED",
            "SUBMITTED ASSIGNED RESOLVED REOPENED REASSIGNED, ASSIGNED",
    })
    void inTimeOrderTheStepsDecideWhateverTheOrderOfArrival(String happened, AppealStatus expected) {
        List<StatusStep> steps = new ArrayList<>();
        String[] types = happened.isBlank() ? new String[0] : happened.split(" ");
        for (int i = 0; i < types.length; i++) {
            steps.add(StatusStep.of(T0.plusSeconds(i), EventType.valueOf("APPEAL_" + types[i])));
        }
        for (long seed = 0; seed < 20; seed++) {
            List<StatusStep> arrival = new ArrayList<>(steps);
            arrival.addAll(steps.subList(0, steps.size() / 2));
            Collections.shuffle(arrival, new Random(seed));
            StatusSteps folded = StatusSteps.none();
            for (StatusStep step : arrival) {
                folded = folded.with(step.occurredAt(), step.type());
            }
            assertEquals(expected, folded.status(), "arrival order " + arrival);
            assertEquals(expected, StatusSteps.decode(folded.encode()).status(), "read back from its text");
        }
    }

    @ParameterizedTest
    @CsvSource({"REOPENED, ASSIGNED", "CLOSED, CLOSED", "ACCEPTED, ASSIGNED"})
    void aSnapshotStandsForTheStatusHeldBeforeStepsWereKept(AppealStatus held, AppealStatus afterReassignment) {
        StatusSteps steps = StatusSteps.decode(StatusSteps.of(List.of(StatusStep.snapshot(T0, held))).encode());
        assertEquals(held, steps.status());
        assertEquals(afterReassignment, steps.with(T0.plusSeconds(1), EventType.APPEAL_REASSIGNED).status());
        assertEquals(List.of(held), steps.steps().stream().map(StatusStep::snapshot).toList());
    }
}
