package gridloop.feedback.appeal;

import gridloop.support.inbox.EventInbox;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Follows intake and dispatch to know each appeal; unreadable messages go to the DLQ. */
@ApplicationScoped
public class FeedbackConsumer {

    static final String CONSUMER = "feedback";

    private final EventInbox inbox;
    private final AppealViewProjector projector;

    FeedbackConsumer(EventInbox inbox, AppealViewProjector projector) {
        this.inbox = inbox;
        this.projector = projector;
    }

    @Incoming("submitted-events")
    public Uni<Void> onIntakeEvent(KafkaRecordBatch<String, byte[]> batch) {
        return inbox.applyBatch(CONSUMER, batch, projector::apply);
    }

    @Incoming("dispatch-events")
    public Uni<Void> onDispatchEvent(KafkaRecordBatch<String, byte[]> batch) {
        return inbox.applyBatch(CONSUMER, batch, projector::apply);
    }
}
