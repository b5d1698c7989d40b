package gridloop.support.inbox;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** The {@code ce_id}s each consumer has applied. Written in the transaction of the work it guards. */
@ApplicationScoped
public class ProcessedEventLog {

    /**
     * Records the event as processed by this consumer, in the current transaction.
     *
     * @return true the first time; false when it was applied before (a redelivery or a replay). A
     *         concurrent first attempt blocks on the row until the other commits, then sees false.
     */
    public Uni<Boolean> markProcessed(String consumer, String eventId) {
        return Panache.getSession().chain(session -> session
                .createNativeQuery("insert into processed_event (consumer, event_id) values (:consumer, :eventId)"
                        + " on conflict do nothing")
                .setParameter("consumer", consumer)
                .setParameter("eventId", eventId)
                .executeUpdate())
                .map(inserted -> inserted == 1);
    }
}
