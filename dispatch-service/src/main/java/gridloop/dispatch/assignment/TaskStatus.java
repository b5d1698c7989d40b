package gridloop.dispatch.assignment;

/** Where a task stands in dispatch. */
public enum TaskStatus {
    ASSIGNED, ACCEPTED, ESCALATED, RESOLVED, CLOSED, WITHDRAWN, REJECTED;

    /** Still to be resolved, so the resolve-by clock runs. */
    public static final java.util.Set<TaskStatus> AWAITING_RESOLUTION = java.util.EnumSet.of(ASSIGNED, ACCEPTED, ESCALATED);

    public boolean isOpen() {
        return this == ASSIGNED || this == ACCEPTED || this == ESCALATED || this == RESOLVED;
    }
}
