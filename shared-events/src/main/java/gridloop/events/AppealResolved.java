package gridloop.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The handler reported closure: what was done. {@code round} counts closures of this appeal from 1.
 * {@code outcome} is {@code FIXED}, {@code NOT_FIXABLE} (with {@code outcomeReason}) or {@code NOT_RESPONSIBLE};
 * an event without one (published before outcomes existed) means {@code FIXED}. {@code photos} (added later; empty
 * or null when none) are the ids of the handler's "after" photos, uploaded by {@code actor}: never links. Intake
 * attaches them to the appeal.
 */
public record AppealResolved(UUID appealId, String resolution, List<String> mediaUrls, String handledBy,
        int round, Actor actor, Instant occurredAt, String outcome, String outcomeReason, List<UUID> photos)
        implements AppealEvent {

    /** Without photos. */
    public AppealResolved(UUID appealId, String resolution, List<String> mediaUrls, String handledBy, int round,
            Actor actor, Instant occurredAt, String outcome, String outcomeReason) {
        this(appealId, resolution, mediaUrls, handledBy, round, actor, occurredAt, outcome, outcomeReason, List.of());
    }

    /** The photos' ids, none when the event has none. */
    public List<UUID> photosOrNone() {
        return photos == null ? List.of() : photos;
    }

    public static final String FIXED = "FIXED";
    public static final String NOT_FIXABLE = "NOT_FIXABLE";
    public static final String NOT_RESPONSIBLE = "NOT_RESPONSIBLE";

    /** A closure that fixed the problem. */
    public AppealResolved(UUID appealId, String resolution, List<String> mediaUrls, String handledBy, int round,
            Actor actor, Instant occurredAt) {
        this(appealId, resolution, mediaUrls, handledBy, round, actor, occurredAt, FIXED, null);
    }

    /** The outcome, {@code FIXED} when the event has none. */
    public String outcomeOrFixed() {
        return outcome == null ? FIXED : outcome;
    }
}
