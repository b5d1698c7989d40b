package gridloop.events.lifecycle;

/**
 * Where an appeal stands, in every service's read model and every answer that shows it. Which event moves it
 * from which status is {@link AppealLifecycle}'s alone.
 */
public enum AppealStatus {
    SUBMITTED, ASSIGNED, ACCEPTED, ESCALATED, RESOLVED, REOPENED, CLOSED, REJECTED, WITHDRAWN;

    /** Not yet over: the resident may still withdraw it, others may still support it. */
    public boolean isOpen() {
        return !isFinal();
    }

    /**
     * Whether an appeal in this status counts in the evaluation's figures (received, responded, closed, rated): every
     * appeal does but one the resident withdrew, one rejected, and a duplicate merged into another (counted with
     * its original). The one home of this rule: feedback's view and the command centre's markers store its answer.
     */
    public boolean countsInEvaluation(boolean mergedIntoAnother) {
        return this != WITHDRAWN && this != REJECTED && !mergedIntoAnother;
    }

    /** Over: withdrawn, rejected (a merged duplicate still closes with its original) or closed (until reopened). */
    public boolean isFinal() {
        return this == CLOSED || this == REJECTED || this == WITHDRAWN;
    }
}
