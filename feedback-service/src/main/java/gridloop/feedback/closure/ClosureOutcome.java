package gridloop.feedback.closure;

/**
 * How a closure report ends (FixMyStreet's "closed" told apart from "fixed"): the problem was fixed, cannot be
 * fixed (the report says why), or is not the district's to fix.
 */
public enum ClosureOutcome {
    FIXED, NOT_FIXABLE, NOT_RESPONSIBLE
}
