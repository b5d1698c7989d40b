package gridloop.events;

import java.time.Instant;
import java.util.UUID;

/**
 * Another resident said "me too" to an open appeal: {@code supporters} is how many residents support it now,
 * besides its reporter. Who they are is not on the topic ({@code actor} is the supporter's pseudonym, as for a
 * reporter).
 */
public record AppealSupported(UUID appealId, int supporters, Actor actor, Instant occurredAt) implements AppealEvent {
}
