package gridloop.registry.ingest;

import gridloop.events.GridMapInForce;
import gridloop.events.GridRosterInForce;
import gridloop.registry.appeal.AppealProjector;
import gridloop.registry.map.GridWorkerStatements;
import gridloop.registry.map.MapUnitStatements;
import gridloop.support.inbox.EventInbox;
import gridloop.support.inbox.IncomingEvent;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Follows the map and roster in force and the appeals' lifecycle, each record once (EventInbox); unreadable ones go
 * to the DLQ.
 */
@ApplicationScoped
public class RegistryConsumer {

    static final String CONSUMER = "registry";

    private final EventInbox inbox;
    private final MapUnitStatements map;
    private final GridWorkerStatements roster;
    private final AppealProjector appeals;

    RegistryConsumer(EventInbox inbox, MapUnitStatements map, GridWorkerStatements roster, AppealProjector appeals) {
        this.inbox = inbox;
        this.map = map;
        this.roster = roster;
        this.appeals = appeals;
    }

    @Incoming("submitted-events")
    public Uni<Void> onSubmitted(KafkaRecordBatch<String, byte[]> batch) {
        return inbox.applyBatch(CONSUMER, batch, this::apply);
    }

    @Incoming("dispatch-events")
    public Uni<Void> onDispatch(KafkaRecordBatch<String, byte[]> batch) {
        return inbox.applyBatch(CONSUMER, batch, this::apply);
    }

    @Incoming("feedback-events")
    public Uni<Void> onFeedback(KafkaRecordBatch<String, byte[]> batch) {
        return inbox.applyBatch(CONSUMER, batch, this::apply);
    }

    @Incoming("grid-maps")
    public Uni<Void> onGridMap(KafkaRecordBatch<String, byte[]> batch) {
        return inbox.applyBatch(CONSUMER, batch, this::apply);
    }

    @Incoming("grid-rosters")
    public Uni<Void> onGridRoster(KafkaRecordBatch<String, byte[]> batch) {
        return inbox.applyBatch(CONSUMER, batch, this::apply);
    }

    private Uni<Void> apply(IncomingEvent incoming) {
        if (incoming.payload() instanceof GridMapInForce street) {
            return map.apply(street);
        }
        if (incoming.payload() instanceof GridRosterInForce grid) {
            return roster.apply(grid);
        }
        return appeals.apply(incoming.payload());
    }
}
