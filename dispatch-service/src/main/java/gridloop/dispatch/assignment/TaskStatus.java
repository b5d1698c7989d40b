package gridloop.dispatch.assignment;

/** Where a task stands in dispatch. */
public enum TaskStatus {
    ASSIGNED, ACCEPTED, ESCALATED, RESOLVED, CLOSED, WITHDRAWN, REJECTED;

    public boolean isOpen() {
        return this == ASSIGNED || this == ACCEPTED || this == ESCALATED || this == RESOLVED;
    }
}
