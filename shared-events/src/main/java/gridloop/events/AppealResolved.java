package gridloop.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The handler reported closure: what was done. {@code round} counts closures of this appeal from 1. */
public record AppealResolved(UUID appealId, String resolution, List<String> mediaUrls, String handledBy,
        int round, Actor actor, Instant occurredAt) implements AppealEvent {
}
