package gridloop.support.outbox;

import gridloop.events.AppealEvent;
import gridloop.events.EvaluationSnapshot;
import gridloop.events.GridMapInForce;
import gridloop.events.EventCodec;
import gridloop.events.EventType;
import gridloop.events.GridLoopEvent;
import gridloop.events.GridRosterInForce;
import gridloop.events.RegistryEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/**
 * Appends events to the outbox inside the caller's transaction. This is the only way a service
 * publishes: never save-then-send, so a committed change always has its event and a rolled-back one never.
 */
@ApplicationScoped
public class OutboxWriter {

    private final OutboxWakeUp wakeUp;

    OutboxWriter(OutboxWakeUp wakeUp) {
        this.wakeUp = wakeUp;
    }

    /** An event of no appeal (an evaluation snapshot); must run inside an active reactive transaction. */
    public Uni<UUID> append(EvaluationSnapshot event) {
        return write(event, null);
    }

    /** A street's grid map in force; must run inside an active reactive transaction. */
    public Uni<UUID> append(GridMapInForce event) {
        return write(event, null);
    }

    /** A grid's roster in force; must run inside an active reactive transaction. */
    public Uni<UUID> append(GridRosterInForce event) {
        return write(event, null);
    }

    /** A registry record as it now stands; must run inside an active reactive transaction. */
    public Uni<UUID> append(RegistryEvent event) {
        return write(event, null);
    }

    /**
     * An event of an appeal, with the facts the service's metrics count it by; must run inside an active reactive
     * transaction (a {@code @WithTransaction} method).
     */
    public Uni<UUID> append(AppealEvent event, PublicationFacts facts) {
        return write(event, facts);
    }

    private Uni<UUID> write(GridLoopEvent event, PublicationFacts facts) {
        EventType type = EventType.of(event);
        OutboxEvent row = new OutboxEvent();
        row.eventId = UUID.randomUUID();
        row.topic = type.topic();
        row.messageKey = event.subject();
        row.ceType = type.ceType();
        row.ceSubject = event.subject();
        row.occurredAt = event.occurredAt();
        row.payload = EventCodec.encode(event);
        row.createdAt = Instant.now();
        TraceContext trace = TraceContext.current();
        row.traceParent = trace.traceParent();
        row.traceState = trace.traceState();
        if (facts != null) {
            row.metricLabel = facts.label();
            row.metricSpanStart = facts.spanStart();
        }
        return row.persist().invoke(wakeUp::written).replaceWith(row.eventId);
    }
}
