package gridloop.intake;

import static gridloop.intake.appeal.AppealStatus.ACCEPTED;
import static gridloop.intake.appeal.AppealStatus.ASSIGNED;
import static gridloop.intake.appeal.AppealStatus.CLOSED;
import static gridloop.intake.appeal.AppealStatus.REOPENED;
import static gridloop.intake.appeal.AppealStatus.RESOLVED;
import static gridloop.intake.appeal.AppealStatus.SUBMITTED;
import static gridloop.intake.appeal.AppealStatus.WITHDRAWN;
import static org.junit.jupiter.api.Assertions.assertEquals;

import gridloop.intake.appeal.StatusDerivation;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatusDerivationTest {

    @Test
    void followsTheTimelineInOrder() {
        assertEquals(RESOLVED, StatusDerivation.derive(List.of(SUBMITTED, ASSIGNED, ACCEPTED, RESOLVED)));
        assertEquals(SUBMITTED, StatusDerivation.derive(List.of()));
    }

    @Test
    void informativeEventsChangeNothing() {
        assertEquals(ASSIGNED, StatusDerivation.derive(Arrays.asList(SUBMITTED, ASSIGNED, null)));
    }

    @Test
    void closedStaysClosedUnlessReopened() {
        assertEquals(CLOSED, StatusDerivation.derive(List.of(SUBMITTED, RESOLVED, CLOSED, ASSIGNED)));
        assertEquals(ASSIGNED, StatusDerivation.derive(List.of(SUBMITTED, RESOLVED, CLOSED, REOPENED, ASSIGNED)));
    }

    @Test
    void withdrawnIsFinal() {
        assertEquals(WITHDRAWN, StatusDerivation.derive(List.of(SUBMITTED, WITHDRAWN, ASSIGNED, REOPENED)));
    }
}
