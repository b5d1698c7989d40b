package gridloop.events;

import java.time.Instant;
import java.util.UUID;

/**
 * The resident's verdict on a closure round: {@code satisfaction} from 1 to 5. A rating of {@link #SATISFIED_FROM}
 * or more counts as satisfied in the evaluation: the one home of that rule, for feedback's figures and the command
 * centre's counters alike. {@code source} says how it came: in the app, by the link of the "please rate" message,
 * or given to the hotline on a return visit (回访).
 */
public record AppealRated(UUID appealId, int satisfaction, boolean resolved, String comment, int round,
        Actor actor, Instant occurredAt, String source) implements AppealEvent {

    /** How the rating came (added later; absent or null in older events: {@link #APP}). */
    public static final String APP = "APP";
    public static final String LINK = "LINK";
    public static final String CALLBACK = "CALLBACK";

    /** A rating in the app. */
    public AppealRated(UUID appealId, int satisfaction, boolean resolved, String comment, int round, Actor actor,
            Instant occurredAt) {
        this(appealId, satisfaction, resolved, comment, round, actor, occurredAt, APP);
    }

    /** The source, {@link #APP} when the event has none. */
    public String sourceOrApp() {
        return source == null ? APP : source;
    }

    /** The lowest satisfaction (of 1–5) that counts as satisfied. */
    public static final int SATISFIED_FROM = 4;

    /** Whether a rating of this satisfaction counts as satisfied. */
    public static boolean isSatisfied(int satisfaction) {
        return satisfaction >= SATISFIED_FROM;
    }
}
