package gridloop.dispatch.assignment;

/** Why an operator rejects an appeal; {@code DUPLICATE} names the original ({@code duplicateOf}). */
public enum RejectionReason {
    DUPLICATE, ABUSIVE, NOT_GOVERNMENT, OUTSIDE_DISTRICT
}
