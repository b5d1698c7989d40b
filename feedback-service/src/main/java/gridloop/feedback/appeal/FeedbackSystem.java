package gridloop.feedback.appeal;

import gridloop.events.Actor;

/** Feedback as the actor of its own decisions (closing an unrated appeal, closing a merged duplicate). */
public final class FeedbackSystem {

    public static final Actor ACTOR = Actor.system("feedback");

    private FeedbackSystem() {
    }
}
