package gridloop.intake.appeal;

import gridloop.events.AppealEvent;
import io.smallrye.mutiny.Uni;

/**
 * Told of each step of an appeal in the transaction that records it: its submission, and each event of dispatch and
 * feedback as intake applies it. The resident's notifications follow the appeal this way
 * ({@code gridloop.intake.notification.Notifier}) and the return visits ({@code gridloop.intake.returnvisit.ReturnVisits});
 * this package does not know what they do.
 */
public interface AppealSteps {

    Uni<Void> stepped(Appeal appeal, AppealEvent event, String eventId);

    /** Tells every listener, one after the other, in the caller's transaction. */
    static Uni<Void> tellAll(Iterable<AppealSteps> listeners, Appeal appeal, AppealEvent event, String eventId) {
        Uni<Void> told = Uni.createFrom().voidItem();
        for (AppealSteps listener : listeners) {
            told = told.chain(() -> listener.stepped(appeal, event, eventId));
        }
        return told;
    }
}
