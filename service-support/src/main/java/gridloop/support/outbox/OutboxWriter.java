package gridloop.support.outbox;

import gridloop.events.EventCodec;
import gridloop.events.EventType;
import gridloop.events.GridLoopEvent;
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

    /** Must run inside an active reactive transaction (a {@code @WithTransaction} method). */
    public Uni<UUID> append(GridLoopEvent event) {
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
        return row.persist().replaceWith(row.eventId);
    }
}
