package gridloop.support.outbox;

import java.time.Instant;

/**
 * Fired (a CDI event, synchronously on the relay's thread) for each outbox row the broker acknowledged, after its
 * "sent" mark committed.
 *
 * @param label the writer's {@link PublicationFacts#label()}, or null
 * @param spanStart the writer's {@link PublicationFacts#spanStart()}, or null
 */
public record EventPublished(String ceType, Instant occurredAt, String label, Instant spanStart) {
}
