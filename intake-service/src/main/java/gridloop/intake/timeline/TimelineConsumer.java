package gridloop.intake.timeline;

import gridloop.support.inbox.EventInbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
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
    public Uni<Void> onDispatchEvent(ConsumerRecord<String, byte[]> record) {
        return inbox.applyOnce(CONSUMER, record, projector::apply);
    }

    @Incoming("feedback-events")
    public Uni<Void> onFeedbackEvent(ConsumerRecord<String, byte[]> record) {
        return inbox.applyOnce(CONSUMER, record, projector::apply);
    }
}
