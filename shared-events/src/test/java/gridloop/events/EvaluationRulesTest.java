package gridloop.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gridloop.events.lifecycle.AppealStatus;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The evaluation's rules that the contract carries: "responded", "satisfied" and which appeals count. */
class EvaluationRulesTest {

    private static final Instant ACCEPT_BY = Instant.parse("2026-12-07T02:00:00Z");

    @ParameterizedTest(name = "accepted {0}s from the deadline: {1}")
    @CsvSource({"-60, true", "0, true", "1, false", "3600, false"})
    void respondedMeansAcceptedByTheDeadline(long fromDeadline, boolean responded) {
        assertEquals(responded, AppealAccepted.responded(ACCEPT_BY.plusSeconds(fromDeadline), ACCEPT_BY));
    }

    @ParameterizedTest
    @CsvSource({"true, false", "false, true"})
    void notAcceptedOrNoDeadlineIsNotResponded(boolean accepted, boolean deadline) {
        assertEquals(false, AppealAccepted.responded(accepted ? ACCEPT_BY : null, deadline ? ACCEPT_BY : null));
    }

    @ParameterizedTest
    @CsvSource({"1, false", "3, false", "4, true", "5, true"})
    void satisfiedIsAFourOrAFive(int satisfaction, boolean satisfied) {
        assertEquals(satisfied, AppealRated.isSatisfied(satisfaction));
    }

    @ParameterizedTest
    @CsvSource({"SUBMITTED, false, true", "CLOSED, false, true", "REOPENED, false, true", "WITHDRAWN, false, false",
            "REJECTED, false, false", "CLOSED, true, false", "REJECTED, true, false"})
    void everyAppealCountsButTheWithdrawnTheRejectedAndTheMerged(AppealStatus status, boolean merged, boolean counts) {
        assertEquals(counts, status.countsInEvaluation(merged));
    }
}
