package gridloop.dispatch.assignment;

/** Why a department sends an appeal back (the list of the contract's {@code gridloop.appeal.sent-back.v1}). */
public enum SendBackReason {
    NOT_OUR_JURISDICTION, WRONG_CATEGORY, NEEDS_ANOTHER_DEPARTMENT, INSUFFICIENT_INFORMATION
}
