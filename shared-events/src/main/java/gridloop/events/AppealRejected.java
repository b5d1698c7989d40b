package gridloop.events;

import java.time.Instant;
import java.util.UUID;

/**
 * Dispatch refused the appeal: {@code OUTSIDE_DISTRICT} when no grid contains it, or an operator's
 * {@code DUPLICATE}, {@code ABUSIVE}, {@code NOT_GOVERNMENT} or {@code OUTSIDE_DISTRICT}; {@code detail} is what the
 * resident is told.
 */
public record AppealRejected(UUID appealId, String reason, String detail, Actor actor, Instant occurredAt)
        implements AppealEvent {
}
