package gridloop.dispatch.timeline;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The {@code task_event} rows, in the caller's session. */
@ApplicationScoped
public class TaskEventStatements {

    /**
     * Adds an event unless a copy of it (the same payload, under any ce_id) is there. The payload is bound as text
     * and cast by PostgreSQL: a string bound to a jsonb parameter would be stored as a JSON string, not as the object
     * it holds.
     */
    public Uni<Integer> insert(UUID appealId, String ceType, Instant occurredAt, String payloadJson) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "insert into task_event (appeal_id, ce_type, occurred_at, payload) values (:id, :type, :at, "
                                + "cast(cast(:payload as text) as jsonb)) on conflict do nothing")
                .setParameter("id", appealId).setParameter("type", ceType)
                .setParameter("at", occurredAt).setParameter("payload", payloadJson).executeUpdate());
    }

    /** The appeal's rows, oldest first: ce_type, occurred_at, payload (as text). */
    public Uni<List<Object[]>> of(UUID appealId) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "select ce_type, occurred_at, cast(payload as text) from task_event where appeal_id = :id "
                                + "order by occurred_at, id", Object[].class)
                .setParameter("id", appealId).getResultList());
    }
}
