package gridloop.events.lifecycle;

/**
 * What one event does to an appeal's status: it moves it to {@code status}, or leaves it there and says why.
 *
 * @param status the status after the event (unchanged when ignored)
 * @param ignoredBecause null when the event moved (or kept) the status as it names; else the reason it did not
 */
public record Transition(AppealStatus status, String ignoredBecause) {

    static Transition to(AppealStatus status) {
        return new Transition(status, null);
    }

    static Transition ignored(AppealStatus current, String because) {
        return new Transition(current, because);
    }

    public boolean ignored() {
        return ignoredBecause != null;
    }
}
