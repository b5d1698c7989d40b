package gridloop.events.lifecycle;

import gridloop.events.EventType;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * The status-naming events one appeal has seen, and the status they come to. A read model that keeps these folds
 * them in the order they happened, so an event that arrives late, twice or out of order ends in the same status
 * as the events in their order would: a withdrawal the dispatcher had not seen yet stays final.
 *
 * <p>Kept as text in one column ({@link #encode()}): one step per line, {@code <epoch micros> <ce_type>} or
 * {@code <epoch micros> =<STATUS>} for a snapshot.
 */
public final class StatusSteps {

    private final TreeSet<StatusStep> steps;

    private StatusSteps(Collection<StatusStep> steps) {
        this.steps = new TreeSet<>(steps);
    }

    public static StatusSteps none() {
        return new StatusSteps(List.of());
    }

    public static StatusSteps of(Collection<StatusStep> steps) {
        return new StatusSteps(steps);
    }

    /** Reads {@link #encode()}'s text; null or blank is no step. Lines of an unknown type are skipped. */
    public static StatusSteps decode(String text) {
        List<StatusStep> read = new ArrayList<>();
        if (text != null) {
            for (String line : text.split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                int space = line.indexOf(' ');
                Instant at = Instant.EPOCH.plus(Long.parseLong(line.substring(0, space)), ChronoUnit.MICROS);
                String what = line.substring(space + 1);
                if (what.startsWith("=")) {
                    read.add(StatusStep.snapshot(at, AppealStatus.valueOf(what.substring(1))));
                } else {
                    EventType.fromCeType(what).ifPresent(type -> read.add(StatusStep.of(at, type)));
                }
            }
        }
        return new StatusSteps(read);
    }

    /**
     * These steps and one more, when its type names a status (others change no status and are not kept). A copy
     * of a step already kept changes nothing.
     */
    public StatusSteps with(Instant occurredAt, EventType type) {
        if (AppealLifecycle.named(type).isEmpty()) {
            return this;
        }
        List<StatusStep> more = new ArrayList<>(steps);
        more.add(StatusStep.of(occurredAt.truncatedTo(ChronoUnit.MICROS), type));
        return new StatusSteps(more);
    }

    /** The status the steps come to, from SUBMITTED (or the latest snapshot before them) on. */
    public AppealStatus status() {
        AppealStatus status = AppealStatus.SUBMITTED;
        for (StatusStep step : steps) {
            status = step.snapshot() != null ? step.snapshot() : AppealLifecycle.next(status, step.type()).status();
        }
        return status;
    }

    public List<StatusStep> steps() {
        return List.copyOf(steps);
    }

    public String encode() {
        StringBuilder text = new StringBuilder();
        for (StatusStep step : steps) {
            long micros = ChronoUnit.MICROS.between(Instant.EPOCH, step.occurredAt());
            text.append(micros).append(' ')
                    .append(step.snapshot() != null ? "=" + step.snapshot().name() : step.type().ceType()).append('\n');
        }
        return text.toString();
    }
}
