package gridloop.intake.appeal;

import java.util.List;

/**
 * The current status from the statuses of the timeline in time order, so events that arrive out of
 * order still end right. WITHDRAWN is final; REJECTED too, but for the closure of a merged duplicate; CLOSED
 * is final unless the resident reopens.
 */
public final class StatusDerivation {

    private StatusDerivation() {
    }

    public static AppealStatus derive(List<AppealStatus> inTimeOrder) {
        AppealStatus current = AppealStatus.SUBMITTED;
        for (AppealStatus next : inTimeOrder) {
            // A duplicate merged into another (rejected as DUPLICATE) closes when the original closes.
            if (current == AppealStatus.REJECTED && next == AppealStatus.CLOSED) {
                current = next;
                continue;
            }
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
