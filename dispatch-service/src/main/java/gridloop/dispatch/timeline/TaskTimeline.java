package gridloop.dispatch.timeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gridloop.events.AppealEvent;
import gridloop.events.EventCodec;
import gridloop.events.EventType;
import io.quarkus.hibernate.reactive.panache.Panache;
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

    /** One step: the event's {@code ce_type}, when it happened, and its payload as on the topic. */
    public record Step(String type, Instant occurredAt, JsonNode event) {
    }

    /**
     * Records the event in the caller's transaction. The payload is bound as text and cast by PostgreSQL: a string
     * bound to a jsonb parameter would be stored as a JSON string, not as the object it holds. A copy of an event
     * already there (the same payload under another ce_id) is left out.
     */
    public Uni<Void> record(AppealEvent event) {
        String payload = new String(EventCodec.encode(event), StandardCharsets.UTF_8);
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "insert into task_event (appeal_id, ce_type, occurred_at, payload) values (:id, :type, :at, "
                                + "cast(cast(:payload as text) as jsonb)) on conflict do nothing")
                .setParameter("id", event.appealId()).setParameter("type", EventType.of(event).ceType())
                .setParameter("at", event.occurredAt()).setParameter("payload", payload).executeUpdate())
                .replaceWithVoid();
    }

    /** The appeal's steps, oldest first; needs a session. */
    @SuppressWarnings("unchecked")
    public Uni<List<Step>> of(UUID appealId) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "select ce_type, occurred_at, cast(payload as text) from task_event where appeal_id = :id "
                                + "order by occurred_at, id", Object[].class)
                .setParameter("id", appealId).getResultList())
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
