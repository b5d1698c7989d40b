package gridloop.intake.appeal;

/** The lifecycle of an appeal as the resident sees it (docs/intake.md). */
public enum AppealStatus {
    SUBMITTED, ASSIGNED, ACCEPTED, ESCALATED, RESOLVED, REOPENED, CLOSED, REJECTED, WITHDRAWN;

    public boolean isOpen() {
        return this != CLOSED && this != REJECTED && this != WITHDRAWN;
    }
}
