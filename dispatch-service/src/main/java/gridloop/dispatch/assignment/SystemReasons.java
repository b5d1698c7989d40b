package gridloop.dispatch.assignment;

/**
 * The reasons dispatch gives when no person decided (on {@code AppealEscalated.reason},
 * {@code AppealReassigned.reason}): codes, worded where they are read (service-support {@code ReasonMessages}).
 * A person's reason is their own words.
 */
public final class SystemReasons {

    /** The category's department responds at once, alongside the grid worker. */
    public static final String DEPARTMENT_FIRST = "DEPARTMENT_FIRST";
    /** Reopened by the resident more often than the grid may keep it. */
    public static final String REOPENED_REPEATEDLY = "REOPENED_REPEATEDLY";
    /** Still with the grid at three times the resolve deadline. */
    public static final String STILL_OPEN_LONG = "STILL_OPEN_LONG";
    /** Reopened while the worker who had it is off duty: another of the grid takes it. */
    public static final String REOPENED_WHILE_OFF_DUTY = "REOPENED_WHILE_OFF_DUTY";
    /** The category was corrected and the task follows it. */
    public static final String CATEGORY_CHANGED = "CATEGORY_CHANGED";

    private SystemReasons() {
    }
}
