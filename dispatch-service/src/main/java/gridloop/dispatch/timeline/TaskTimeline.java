package gridloop.dispatch.timeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gridloop.events.AppealEvent;
import gridloop.events.EventCodec;
import gridloop.events.EventType;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The task's timeline: each event of its appeal, in the order it happened, kept by dispatch from what it publishes
 * ({@link TaskOutbox}) and what it consumes, so the one who holds the task sees what happened so far without asking
 * another service.
 */
@ApplicationScoped
public class TaskTimeline {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final TaskEventStatements statements;

    TaskTimeline(TaskEventStatements statements) {
        this.statements = statements;
    }

    /** One step: the event's {@code ce_type}, when it happened, and its payload as on the topic. */
    public record Step(String type, Instant occurredAt, JsonNode event) {
    }

    /** Records the event in the caller's transaction; a copy of an event already there is left out. */
    public Uni<Void> record(AppealEvent event) {
        return statements.insert(event.appealId(), EventType.of(event).ceType(), event.occurredAt(),
                new String(EventCodec.encode(event), StandardCharsets.UTF_8)).replaceWithVoid();
    }

    /** The appeal's steps, oldest first; needs a session. */
    public Uni<List<Step>> of(UUID appealId) {
        return statements.of(appealId)
                .map(rows -> rows.stream().map(row -> new Step((String) row[0], instant(row[1]), tree((String) row[2])))
                        .toList());
    }

    private static Instant instant(Object value) {
        return value instanceof OffsetDateTime odt ? odt.toInstant() : (Instant) value;
    }

    private static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
