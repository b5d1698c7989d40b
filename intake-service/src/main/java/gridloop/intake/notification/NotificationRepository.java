package gridloop.intake.notification;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class NotificationRepository implements PanacheRepositoryBase<Notification, UUID> {

    /**
     * Records the line once per (appeal, event, recipient): its id when it is new, empty when it was there (a
     * redelivered event adds nothing).
     */
    Uni<java.util.Optional<UUID>> recordOnce(NotificationRecord notification) {
        return getSession().chain(session -> session.createNativeQuery("""
                        insert into notification (id, recipient_sub, appeal_id, event_id, kind, created_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6) on conflict do nothing""")
                .setParameter(1, notification.id()).setParameter(2, notification.recipientSub())
                .setParameter(3, notification.appealId()).setParameter(4, notification.eventId())
                .setParameter(5, notification.kind().name()).setParameter(6, notification.createdAt())
                .executeUpdate()).map(inserted -> inserted > 0 ? java.util.Optional.of(notification.id())
                        : java.util.Optional.empty());
    }

    /** Queues the line on a channel, once. */
    public Uni<Void> queue(UUID notificationId, Channel channel, Instant notBefore) {
        return getSession().chain(session -> session.createNativeQuery("""
                        insert into notification_delivery (notification_id, channel, not_before, next_attempt_at)
                        values (?1, ?2, ?3, ?3) on conflict do nothing""")
                .setParameter(1, notificationId).setParameter(2, channel.name()).setParameter(3, notBefore)
                .executeUpdate()).replaceWithVoid();
    }

    public Uni<List<Notification>> inbox(String subject, boolean unreadOnly, int page, int size) {
        String query = unreadOnly ? "recipientSub = ?1 and readAt is null" : "recipientSub = ?1";
        return find(query, Sort.descending("createdAt").and("id"), subject).page(Page.of(page, size)).list();
    }

    public Uni<Long> unread(String subject) {
        return count("recipientSub = ?1 and readAt is null", subject);
    }

    /** Marks the caller's own line read; 0 when it is not theirs (or unknown). */
    public Uni<Integer> markRead(UUID id, String subject, Instant at) {
        return update("readAt = coalesce(readAt, ?1) where id = ?2 and recipientSub = ?3", at, id, subject);
    }

    public Uni<Integer> markAllRead(String subject, Instant at) {
        return update("readAt = ?1 where recipientSub = ?2 and readAt is null", at, subject);
    }

    public Uni<NotificationPreference> preference(String subject) {
        return getSession().chain(session -> session.find(NotificationPreference.class, subject))
                .map(found -> found != null ? found : NotificationPreference.defaults(subject));
    }

    public Uni<NotificationPreference> savePreference(NotificationPreference preference) {
        return getSession().chain(session -> session.merge(preference));
    }
}
