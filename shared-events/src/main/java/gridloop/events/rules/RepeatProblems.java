package gridloop.events.rules;

import java.time.Duration;
import java.time.Instant;

/**
 * What counts as a repeat problem, for every reader of the registry and the appeals: a facility named by at least
 * {@link #FAULTS} appeals submitted within the last {@link #WINDOW}. The registry's cards count faults in this
 * window; the command centre lists the repeat faults for the weekly meeting by it.
 */
public final class RepeatProblems {

    /** The window of "recent" appeals on a facility's or building's card. */
    public static final Duration WINDOW = Duration.ofDays(90);
    /** From this many appeals in the window, a facility's faults repeat. */
    public static final int FAULTS = 3;

    private RepeatProblems() {
    }

    /** The earliest submission that is still in the window at {@code now}. */
    public static Instant windowStart(Instant now) {
        return now.minus(WINDOW);
    }

    public static boolean repeats(long faultsInWindow) {
        return faultsInWindow >= FAULTS;
    }
}
