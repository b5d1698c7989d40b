package gridloop.intake.appeal;

import gridloop.events.Actor;
import gridloop.support.security.Caller;
import gridloop.support.security.Roles;

/**
 * Who submits: the account (token subject) that will own the appeal, its pseudonym for the events, and the
 * channel it submits through unless it names one (a resident's app, or the hotline).
 */
public record Reporter(String subject, String pseudonym, Actor actor, Channel defaultChannel) {

    static Reporter of(Caller caller) {
        return new Reporter(caller.subject(), caller.pseudonym(), caller.actor(),
                caller.is(Roles.HOTLINE) ? Channel.HOTLINE : Channel.APP);
    }
}
