package gridloop.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gridloop.intake.appeal.AppealStatus;
import gridloop.intake.appeal.StatusDerivation;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The status from a timeline in event-time order ("-" an informative event that sets no status). */
class StatusDerivationTest {

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource({
            "'', SUBMITTED",
            "SUBMITTED ASSIGNED ACCEPTED RESOLVED, RESOLVED",
            "SUBMITTED ASSIGNED -, ASSIGNED",
            "SUBMITTED ASSIGNED ESCALATED RESOLVED REOPENED, REOPENED",
            "SUBMITTED RESOLVED CLOSED ASSIGNED, CLOSED",
            "SUBMITTED RESOLVED CLOSED REOPENED ASSIGNED, ASSIGNED",
            "SUBMITTED RESOLVED CLOSED - ESCALATED, CLOSED",
            "SUBMITTED WITHDRAWN ASSIGNED REOPENED, WITHDRAWN",
            "SUBMITTED REJECTED ASSIGNED, REJECTED",
            "SUBMITTED ASSIGNED REJECTED CLOSED, CLOSED",
            "SUBMITTED WITHDRAWN CLOSED, WITHDRAWN",
            "SUBMITTED ASSIGNED WITHDRAWN CLOSED, WITHDRAWN",
    })
    void theTimelineInOrderDecidesAndFinalStatesStay(String timeline, AppealStatus expected) {
        List<AppealStatus> statuses = timeline.isBlank() ? List.of() : Arrays.stream(timeline.split(" "))
                .map(status -> status.equals("-") ? null : AppealStatus.valueOf(status)).toList();
        assertEquals(expected, StatusDerivation.derive(statuses));
    }
}
