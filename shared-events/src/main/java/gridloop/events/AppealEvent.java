package gridloop.events;

import java.util.UUID;

/** An event in one appeal's lifecycle; keyed and ordered by {@link #appealId()}. */
public sealed interface AppealEvent extends GridLoopEvent
        permits AppealSubmitted, AppealWithdrawn, AppealSupported, AppealAssigned, AppealAccepted, AppealEscalated,
        AppealReassigned, AppealOverdue, AppealRejected, AppealReportedIn, AppealReportInOverdue, AppealSentBack,
        AppealCoHandled, AppealPartReported, AppealRecategorized,
        AppealResolved,
        AppealRated, AppealReopened,
        AppealClosed {

    UUID appealId();

    @Override
    default String subject() {
        return appealId().toString();
    }
}
