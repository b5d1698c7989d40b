package gridloop.intake.returnvisit;

import gridloop.events.AppealClosed;
import gridloop.events.AppealEvent;
import gridloop.events.AppealRated;
import gridloop.events.AppealReopened;
import gridloop.events.AppealResolved;
import gridloop.intake.appeal.Appeal;
import gridloop.intake.appeal.AppealSteps;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * What the steps of an appeal mean for its return visit, in the transaction that applies them: a closure report
 * starts the clocks (reminder, queue); a rating or the closing takes the appeal out of the queue; a reopening starts
 * over.
 */
@ApplicationScoped
public class ReturnVisits implements AppealSteps {

    private final CallbackRepository callbacks;

    ReturnVisits(CallbackRepository callbacks) {
        this.callbacks = callbacks;
    }

    @Override
    public Uni<Void> stepped(Appeal appeal, AppealEvent event, String eventId) {
        if (event instanceof AppealResolved resolved) {
            if (appeal.resolvedAt == null || resolved.occurredAt().isAfter(appeal.resolvedAt)) {
                appeal.resolvedAt = resolved.occurredAt();
                appeal.ratingRemindedAt = null;
            }
            return Uni.createFrom().voidItem();
        }
        if (event instanceof AppealRated) {
            return callbacks.leave(appeal.id, "RATED", event.occurredAt());
        }
        if (event instanceof AppealClosed) {
            return callbacks.leave(appeal.id, "CLOSED", event.occurredAt());
        }
        if (event instanceof AppealReopened) {
            appeal.resolvedAt = null;
            appeal.ratingRemindedAt = null;
            return callbacks.forget(appeal.id);
        }
        return Uni.createFrom().voidItem();
    }
}
