package gridloop.support.inbox;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The {@code ce_id}s each consumer has applied. Written in the transaction of the work it guards. */
@ApplicationScoped
public class ProcessedEventLog {

    /**
     * Records the events as processed by this consumer, in the current transaction, with one statement.
     *
     * @return the ids recorded now, i.e. those applied for the first time; an id applied before (a redelivery or a
     *         replay) is not among them. A concurrent first attempt blocks on the row until the other commits, then
     *         finds it there.
     */
    public Uni<List<String>> markProcessed(String consumer, List<String> eventIds) {
        return Panache.getSession().chain(session -> session
                .createNativeQuery("insert into processed_event (consumer, event_id)"
                        + " select :consumer, id from unnest(cast(:eventIds as text[])) as id"
                        + " on conflict do nothing returning event_id", String.class)
                .setParameter("consumer", consumer)
                .setParameter("eventIds", eventIds.toArray(String[]::new))
                .getResultList());
    }
}
