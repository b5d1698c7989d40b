package gridloop.events.lifecycle;

import gridloop.events.EventType;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/**
 * One event that names a status, as a read model keeps it: when it happened and its type. A snapshot step (no
 * type) stands for the status a read model held before it kept steps.
 *
 * @param occurredAt when the event happened (not when it arrived)
 * @param type the event's type; null for a snapshot
 * @param snapshot the status held at {@code occurredAt}; null unless this is a snapshot
 */
public record StatusStep(Instant occurredAt, EventType type, AppealStatus snapshot) implements Comparable<StatusStep> {

    /**
     * In time order; events of the same instant in the catalogue's order ({@link EventType}), so every read model
     * folds the same steps the same way, whatever order they arrived in. A snapshot goes first among its equals.
     */
    private static final Comparator<StatusStep> ORDER = Comparator.comparing(StatusStep::occurredAt)
            .thenComparing(step -> step.type == null ? -1 : step.type.ordinal());

    public StatusStep {
        Objects.requireNonNull(occurredAt, "occurredAt");
        if ((type == null) == (snapshot == null)) {
            throw new IllegalArgumentException("A step is an event or a snapshot");
        }
    }

    public static StatusStep of(Instant occurredAt, EventType type) {
        return new StatusStep(occurredAt, type, null);
    }

    public static StatusStep snapshot(Instant at, AppealStatus status) {
        return new StatusStep(at, null, status);
    }

    @Override
    public int compareTo(StatusStep other) {
        return ORDER.compare(this, other);
    }
}
