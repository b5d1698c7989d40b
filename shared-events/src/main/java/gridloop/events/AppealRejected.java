package gridloop.events;

import java.time.Instant;
import java.util.UUID;

/** Dispatch refused the appeal, e.g. {@code OUTSIDE_DISTRICT}, {@code DUPLICATE}, {@code ABUSIVE}. */
public record AppealRejected(UUID appealId, String reason, String detail, Actor actor, Instant occurredAt)
        implements AppealEvent {
}
