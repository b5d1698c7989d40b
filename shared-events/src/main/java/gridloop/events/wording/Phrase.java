package gridloop.events.wording;

/**
 * What an event says, one code per sentence a reader may be shown: each service that words events has a message for
 * every one of them in each language (a test fails when one is missing). Stored by name: never rename one.
 */
public enum Phrase {
    SUBMITTED, WITHDRAWN, WAITING, ASSIGNED, ACCEPTED, ESCALATED, ESCALATED_AUTOMATICALLY, MOVED, REASSIGNED,
    OVERDUE_ACCEPT, OVERDUE_RESOLVE, REPORTED_IN, REPORT_IN_OVERDUE, CO_HANDLED, PART_REPORTED, RECATEGORIZED,
    SENT_BACK, SENT_BACK_DISPUTED, REJECTED, RESOLVED, RESOLVED_NOT_FIXABLE, RESOLVED_NOT_RESPONSIBLE, RATED_FIXED,
    RATED_NOT_FIXED, REOPENED, SUPPORTED, CLOSED, CLOSED_BY_TIMEOUT, CLOSED_WITH_ORIGINAL,
    /** A facility of the registry moved to a status (FacilityRecorded): the operators' feed says so. */
    FACILITY_FAULTY, FACILITY_UNDER_REPAIR, FACILITY_IN_SERVICE, FACILITY_RETIRED,
    /** A row stored as a sentence before wording was kept neutral, that no phrase matched: {@code text} as stored. */
    LEGACY
}
