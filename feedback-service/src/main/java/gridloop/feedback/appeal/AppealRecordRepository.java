package gridloop.feedback.appeal;

import java.util.List;
import gridloop.events.lifecycle.AppealStatus;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.UUID;

@ApplicationScoped
public class AppealRecordRepository implements PanacheRepositoryBase<AppealRecord, UUID> {

    public Uni<AppealRecord> findForUpdate(UUID appealId) {
        return findById(appealId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The row of this appeal, created empty when this is the first event feedback hears of it. */
    public Uni<AppealRecord> findOrCreateForUpdate(UUID appealId, Instant at) {
        // Insert-if-absent in SQL: two first events of one appeal on two topics may race here.
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "insert into appeal_view (appeal_id, status, updated_at) values (:id, 'SUBMITTED', :at)"
                                + " on conflict do nothing")
                .setParameter("id", appealId).setParameter("at", at).executeUpdate())
                .chain(() -> findForUpdate(appealId));
    }

    public Uni<AppealRecord> of(UUID appealId) {
        return findById(appealId);
    }

    /** The duplicates merged into this original and not closed yet, locked, in a stable order. */
    public Uni<List<AppealRecord>> openDuplicatesOfForUpdate(UUID original) {
        return find("mergedInto = ?1 and status <> ?2 order by appealId", original, AppealStatus.CLOSED)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /** Whether the pseudonym reported a duplicate merged into this original. */
    public Uni<Boolean> reportedADuplicateOf(UUID original, String pseudonym) {
        return count("mergedInto = ?1 and reporterRef = ?2", original, pseudonym).map(n -> n > 0);
    }

    /** Up to {@code limit} appeals resolved before {@code before} and still waiting for a rating, locked. */
    public Uni<List<AppealRecord>> resolvedUnratedBefore(Instant before, int limit) {
        // A literal, not a parameter, so the partial index appeal_view_resolved_unrated matches every plan.
        return find("status = " + AppealStatus.class.getName() + "." + AppealStatus.RESOLVED.name()
                        + " and resolvedAt < ?1 order by resolvedAt", before)
                .withLock(LockModeType.PESSIMISTIC_WRITE).page(0, limit).list();
    }
}
