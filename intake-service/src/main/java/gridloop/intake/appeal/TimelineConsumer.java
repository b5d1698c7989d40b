package gridloop.intake.appeal;

import gridloop.support.inbox.EventInbox;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Follows dispatch and feedback so the resident sees every step. Unreadable messages go to the DLQ. */
@ApplicationScoped
public class TimelineConsumer {

    static final String CONSUMER = "intake-timeline";

    private final EventInbox inbox;
    private final TimelineProjector projector;

    TimelineConsumer(EventInbox inbox, TimelineProjector projector) {
        this.inbox = inbox;
        this.projector = projector;
    }

    @Incoming("dispatch-events")
    public Uni<Void> onDispatchEvent(KafkaRecordBatch<String, byte[]> batch) {
        return inbox.applyBatch(CONSUMER, batch, projector::apply);
    }

    @Incoming("feedback-events")
    public Uni<Void> onFeedbackEvent(KafkaRecordBatch<String, byte[]> batch) {
        return inbox.applyBatch(CONSUMER, batch, projector::apply);
    }
}
