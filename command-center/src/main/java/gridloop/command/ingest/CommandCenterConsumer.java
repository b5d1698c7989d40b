package gridloop.command.ingest;

import gridloop.support.inbox.EventInbox;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Follows every topic of the contract into the command centre's read model, each event applied once (its
 * {@code ce_id} recorded in the same transaction); unreadable or untrusted records go to the topic's DLQ.
 */
@ApplicationScoped
public class CommandCenterConsumer {

    static final String CONSUMER = "command-center";

    private final EventInbox inbox;
    private final ReadModelProjector projector;

    CommandCenterConsumer(EventInbox inbox, ReadModelProjector projector) {
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

    @Incoming("feedback-events")
    public Uni<Void> onFeedbackEvent(KafkaRecordBatch<String, byte[]> batch) {
        return inbox.applyBatch(CONSUMER, batch, projector::apply);
    }

    @Incoming("evaluation-events")
    public Uni<Void> onEvaluation(KafkaRecordBatch<String, byte[]> batch) {
        return inbox.applyBatch(CONSUMER, batch, projector::apply);
    }

    @Incoming("grid-map-events")
    public Uni<Void> onGridMap(KafkaRecordBatch<String, byte[]> batch) {
        return inbox.applyBatch(CONSUMER, batch, projector::apply);
    }

    @Incoming("grid-roster-events")
    public Uni<Void> onGridRoster(KafkaRecordBatch<String, byte[]> batch) {
        return inbox.applyBatch(CONSUMER, batch, projector::apply);
    }

    @Incoming("registry-building-events")
    public Uni<Void> onBuilding(KafkaRecordBatch<String, byte[]> batch) {
        return inbox.applyBatch(CONSUMER, batch, projector::apply);
    }

    @Incoming("registry-facility-events")
    public Uni<Void> onFacility(KafkaRecordBatch<String, byte[]> batch) {
        return inbox.applyBatch(CONSUMER, batch, projector::apply);
    }

    @Incoming("registry-organisation-events")
    public Uni<Void> onOrganisation(KafkaRecordBatch<String, byte[]> batch) {
        return inbox.applyBatch(CONSUMER, batch, projector::apply);
    }
}
