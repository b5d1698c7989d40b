package gridloop.support.outbox;

import java.time.Instant;
import java.util.UUID;

/** An unsent outbox row as the relay reads it. */
public record OutboxRow(long id, UUID eventId, String topic, String messageKey, String ceType, String ceSubject,
        Instant occurredAt, byte[] payload, String metricLabel, Instant metricSpanStart, String traceParent,
        String traceState) {
}
