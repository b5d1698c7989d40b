package gridloop.command.feed;

import gridloop.events.AppealEvent;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Appends an applied event to the live feed, in the caller's transaction. The number comes from
 * {@code feed_counter}, whose row stays locked until the commit: transactions take numbers one after the other
 * and commit in that order, so a reader that has seen n has seen everything before n.
 */
@ApplicationScoped
public class FeedStatements {

    public Uni<Void> append(String ceType, AppealEvent event) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "update feed_counter set last_id = last_id + 1 where id = 1").executeUpdate()
                .chain(() -> session.createNativeQuery("""
                                insert into feed_event (id, appeal_id, ce_type, occurred_at, text)
                                select last_id, :appeal, :type, :at, :text from feed_counter where id = 1
                                """)
                        .setParameter("appeal", event.appealId()).setParameter("type", ceType)
                        .setParameter("at", event.occurredAt()).setParameter("text", FeedText.of(event))
                        .executeUpdate()))
                .replaceWithVoid();
    }
}
