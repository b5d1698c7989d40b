package gridloop.feedback.appeal;

/** Where an appeal stands, as far as feedback knows. */
public enum FeedbackStatus {
    SUBMITTED, ASSIGNED, ACCEPTED, ESCALATED, RESOLVED, REOPENED, CLOSED, WITHDRAWN, REJECTED;

    /** A handler may report closure now. */
    public boolean acceptsClosure() {
        return this == ASSIGNED || this == ACCEPTED || this == ESCALATED || this == REOPENED;
    }

    public boolean isFinal() {
        return this == CLOSED || this == WITHDRAWN || this == REJECTED;
    }

    /** Before any closure round: dispatch's steps may still move the status. */
    public boolean beforeClosure() {
        return this == SUBMITTED || this == ASSIGNED || this == ACCEPTED || this == ESCALATED;
    }
}
