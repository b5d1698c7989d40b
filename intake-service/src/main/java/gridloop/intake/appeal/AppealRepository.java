package gridloop.intake.appeal;

import gridloop.events.lifecycle.AppealStatus;
import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class AppealRepository implements PanacheRepositoryBase<Appeal, UUID> {

    /** The appeals given under a reporter's phone number, newest first, optionally only those in one status. */
    public PanacheQuery<Appeal> byReporterPhone(String reporterPhone, AppealStatus status) {
        return newestFirst("reporterPhone", reporterPhone, status);
    }

    /** The appeals one account submitted, newest first, optionally only those in one status. */
    public PanacheQuery<Appeal> byAccount(String subject, AppealStatus status) {
        return newestFirst("reporterSub", subject, status);
    }

    /** Records a supporter once; true when it was new. */
    public Uni<Boolean> addSupporter(UUID appealId, String supporter, java.time.Instant at) {
        return getSession().chain(session -> session.createNativeQuery(
                        "insert into appeal_supporter (appeal_id, supporter, supported_at) values (?1, ?2, ?3) "
                                + "on conflict do nothing")
                .setParameter(1, appealId).setParameter(2, supporter).setParameter(3, at)
                .executeUpdate()).map(inserted -> inserted > 0);
    }

    /**
     * The duplicate's reporter and supporters follow the original from now on (each once; the original's own
     * reporter needs no follow). Nothing happens when intake does not hold the original.
     */
    public Uni<Void> followOriginal(UUID duplicate, UUID original, java.time.Instant at) {
        return getSession().chain(session -> session.createNativeQuery("""
                        insert into appeal_follower (appeal_id, follower, via, followed_at)
                        select o.id, f.follower, ?1, ?3
                        from appeal o,
                             (select reporter_sub as follower from appeal where id = ?1 and reporter_sub is not null
                              union select supporter from appeal_supporter where appeal_id = ?1) f
                        where o.id = ?2 and o.reporter_sub is distinct from f.follower
                        on conflict do nothing
                        """)
                .setParameter(1, duplicate).setParameter(2, original).setParameter(3, at)
                .executeUpdate()).replaceWithVoid();
    }

    /** These appeals, in any order. */
    public Uni<java.util.List<Appeal>> byIds(java.util.Collection<UUID> ids) {
        return ids.isEmpty() ? Uni.createFrom().item(java.util.List.of()) : list("id in ?1", ids);
    }

    /** The accounts that follow the appeal (reporters and supporters of duplicates merged into it). */
    public Uni<java.util.List<String>> followers(UUID appealId) {
        return getSession().chain(session -> session.createNativeQuery(
                        "select follower from appeal_follower where appeal_id = ?1 order by follower", String.class)
                .setParameter(1, appealId).getResultList());
    }

    /** Whether the account follows the appeal (it reported or supported a duplicate merged into it). */
    public Uni<Boolean> isFollowedBy(UUID appealId, String subject) {
        return getSession().chain(session -> session.createNativeQuery(
                        "select count(*) from appeal_follower where appeal_id = ?1 and follower = ?2", Long.class)
                .setParameter(1, appealId).setParameter(2, subject).getSingleResult()).map(n -> n > 0);
    }

    private PanacheQuery<Appeal> newestFirst(String property, String value, AppealStatus status) {
        Sort newestFirst = Sort.descending("submittedAt").and("id");
        return status == null ? find(property, newestFirst, value)
                : find(property + " = ?1 and status = ?2", newestFirst, value, status);
    }
}
