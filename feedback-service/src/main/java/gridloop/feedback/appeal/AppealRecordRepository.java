package gridloop.feedback.appeal;

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
}
