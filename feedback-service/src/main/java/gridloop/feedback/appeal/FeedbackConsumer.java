package gridloop.feedback.appeal;

import gridloop.support.inbox.EventInbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
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
    public Uni<Void> onIntakeEvent(ConsumerRecord<String, byte[]> record) {
        return inbox.applyOnce(CONSUMER, record, projector::apply);
    }

    @Incoming("dispatch-events")
    public Uni<Void> onDispatchEvent(ConsumerRecord<String, byte[]> record) {
        return inbox.applyOnce(CONSUMER, record, projector::apply);
    }
}
