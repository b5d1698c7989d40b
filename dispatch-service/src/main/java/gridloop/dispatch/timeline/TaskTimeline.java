package gridloop.dispatch.timeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gridloop.events.AppealEvent;
import gridloop.events.EventCodec;
import gridloop.events.EventType;
import gridloop.events.wording.EventWording.Wording;
import gridloop.events.wording.EventWording;
import gridloop.support.i18n.EventSentences;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
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
    private final EventSentences sentences;

    TaskTimeline(TaskEventStatements statements, EventSentences sentences) {
        this.statements = statements;
        this.sentences = sentences;
    }

    /**
     * One step: the event's {@code ce_type}, when it happened, its payload as on the topic, what it says by a code
     * ({@code phrase}) and in the reader's language ({@code text}).
     */
    public record Step(String type, Instant occurredAt, JsonNode event, String phrase, String text) {
    }

    /** Records the event in the caller's transaction; a copy of an event already there is left out. */
    public Uni<Void> record(AppealEvent event) {
        return statements.insert(event.appealId(), EventType.of(event).ceType(), event.occurredAt(),
                new String(EventCodec.encode(event), StandardCharsets.UTF_8)).replaceWithVoid();
    }

    /** The appeal's steps, oldest first, worded for the reader; needs a session. */
    public Uni<List<Step>> of(UUID appealId, Locale reader) {
        return statements.of(appealId).map(rows -> rows.stream().map(row -> {
            String type = (String) row[0];
            String json = (String) row[2];
            Wording wording = EventWording.of((AppealEvent) EventCodec.decode(type,
                    json.getBytes(StandardCharsets.UTF_8)));
            return new Step(type, instant(row[1]), tree(json), wording.phrase().name(),
                    sentences.text(wording, reader));
        }).toList());
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
