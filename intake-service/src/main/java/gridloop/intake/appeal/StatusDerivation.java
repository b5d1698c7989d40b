package gridloop.intake.appeal;

import java.util.List;

/**
 * The current status from the statuses of the timeline in time order, so events that arrive out of
 * order still end right. WITHDRAWN and REJECTED are final; CLOSED is final unless the resident reopens.
 */
public final class StatusDerivation {

    private StatusDerivation() {
    }

    public static AppealStatus derive(List<AppealStatus> inTimeOrder) {
        AppealStatus current = AppealStatus.SUBMITTED;
        for (AppealStatus next : inTimeOrder) {
            if (next == null || current == AppealStatus.WITHDRAWN || current == AppealStatus.REJECTED) {
                continue;
            }
            if (current == AppealStatus.CLOSED && next != AppealStatus.REOPENED) {
                continue;
            }
            current = next;
        }
        return current;
    }
}
