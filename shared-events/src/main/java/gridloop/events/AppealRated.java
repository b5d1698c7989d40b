package gridloop.events;

import java.time.Instant;
import java.util.UUID;

/**
 * The resident's verdict on a closure round: {@code satisfaction} from 1 to 5. A rating of {@link #SATISFIED_FROM}
 * or more counts as satisfied in the evaluation: the one home of that rule, for feedback's figures and the command
 * centre's counters alike.
 */
public record AppealRated(UUID appealId, int satisfaction, boolean resolved, String comment, int round,
        Actor actor, Instant occurredAt) implements AppealEvent {

    /** The lowest satisfaction (of 1–5) that counts as satisfied. */
    public static final int SATISFIED_FROM = 4;

    /** Whether a rating of this satisfaction counts as satisfied. */
    public static boolean isSatisfied(int satisfaction) {
        return satisfaction >= SATISFIED_FROM;
    }
}
