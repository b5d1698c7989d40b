package gridloop.feedback.closure;

import gridloop.events.Actor;
import gridloop.feedback.appeal.AppealRecord;
import gridloop.support.security.Caller;
import gridloop.support.security.Roles;

/**
 * Who may do what to an appeal in feedback (security.md), from what dispatch's and intake's events told it:
 * closure by the assignee, the department it was escalated to, or an operator; the rating by the reporter (the
 * account whose pseudonym intake published). Anyone else is answered as if the appeal did not exist.
 */
public record FeedbackAccess(boolean everyAppeal, String workerId, String department, String pseudonym, Actor actor,
        String displayName) {

    /** Feedback's own decisions (closing an unrated appeal when the rating window ends). */
    public static final Actor SYSTEM = gridloop.feedback.appeal.FeedbackSystem.ACTOR;

    public static FeedbackAccess of(Caller caller) {
        boolean reporterRole = caller.is(Roles.RESIDENT) || caller.is(Roles.HOTLINE);
        return new FeedbackAccess(caller.is(Roles.OPERATOR), caller.workerId().orElse(null),
                caller.department().orElse(null), reporterRole ? caller.pseudonym() : null, caller.actor(),
                caller.displayName());
    }

    public boolean mayHandle(AppealRecord record) {
        return everyAppeal
                || (workerId != null && workerId.equals(record.assigneeId))
                || (department != null && department.equals(record.department));
    }

    public boolean isReporterOf(AppealRecord record) {
        return pseudonym != null && pseudonym.equals(record.reporterRef);
    }

    public boolean maySee(AppealRecord record) {
        return mayHandle(record) || isReporterOf(record);
    }
}
