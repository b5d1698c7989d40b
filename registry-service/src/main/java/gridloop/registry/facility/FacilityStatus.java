package gridloop.registry.facility;

/**
 * A facility's status, and the one home of how appeals move it: an appeal naming it marks it faulty, a closure
 * reported fixed (or a registrar) puts it back in service, a reopened appeal marks it faulty again. A retired facility
 * stays retired, and one under repair stays so until it is reported fixed.
 */
public enum FacilityStatus {
    IN_SERVICE, FAULTY, UNDER_REPAIR, RETIRED;

    /** After an appeal names it, or an appeal about it is reopened. */
    public FacilityStatus afterFaultReported() {
        return this == IN_SERVICE ? FAULTY : this;
    }

    /** After the closure of an appeal about it was reported with outcome FIXED. */
    public FacilityStatus afterReportedFixed() {
        return this == FAULTY || this == UNDER_REPAIR ? IN_SERVICE : this;
    }
}
