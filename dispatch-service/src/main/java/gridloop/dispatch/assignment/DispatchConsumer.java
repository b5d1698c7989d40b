package gridloop.dispatch.assignment;

import gridloop.dispatch.timeline.TaskTimeline;
import gridloop.events.AppealClosed;
import gridloop.events.AppealEvent;
import gridloop.events.AppealSupported;
import gridloop.events.AppealReopened;
import gridloop.events.AppealResolved;
import gridloop.events.AppealSubmitted;
import gridloop.events.AppealWithdrawn;
import gridloop.support.inbox.EventInbox;
import gridloop.support.inbox.IncomingEvent;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Dispatch's consumers: new appeals from intake, and the feedback that closes or reopens tasks. */
@ApplicationScoped
public class DispatchConsumer {

    static final String CONSUMER = "dispatch";

    private final EventInbox inbox;
    private final AssignmentService assignment;
    private final TaskLifecycle lifecycle;
    private final TaskTimeline timeline;

    DispatchConsumer(EventInbox inbox, AssignmentService assignment, TaskLifecycle lifecycle, TaskTimeline timeline) {
        this.inbox = inbox;
        this.assignment = assignment;
        this.lifecycle = lifecycle;
        this.timeline = timeline;
    }

    @Incoming("submitted-events")
    public Uni<Void> onIntakeEvent(KafkaRecordBatch<String, byte[]> batch) {
        return inbox.applyBatch(CONSUMER, batch, this::apply);
    }

    @Incoming("feedback-events")
    public Uni<Void> onFeedbackEvent(KafkaRecordBatch<String, byte[]> batch) {
        return inbox.applyBatch(CONSUMER, batch, this::apply);
    }

    Uni<Void> apply(IncomingEvent event) {
        Uni<Void> work = act(event.payload());
        // Every appeal event dispatch hears of goes on the task's timeline, in the same transaction as its effect.
        return event.payload() instanceof AppealEvent appealEvent ? work.call(() -> timeline.record(appealEvent)) : work;
    }

    private Uni<Void> act(Object payload) {
        if (payload instanceof AppealSubmitted submitted) {
            return assignment.onSubmitted(submitted);
        }
        if (payload instanceof AppealWithdrawn withdrawn) {
            return lifecycle.onWithdrawn(withdrawn);
        }
        if (payload instanceof AppealResolved resolved) {
            return lifecycle.onResolved(resolved);
        }
        if (payload instanceof AppealReopened reopened) {
            return lifecycle.onReopened(reopened);
        }
        if (payload instanceof AppealClosed closed) {
            return lifecycle.onClosed(closed);
        }
        if (payload instanceof AppealSupported supported) {
            return lifecycle.onSupported(supported);
        }
        // Rated events and the like need nothing from dispatch.
        return Uni.createFrom().voidItem();
    }
}
