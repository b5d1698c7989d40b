package gridloop.command.marker;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.persistence.LockModeType;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** The markers as the operators' answers read them. */
@ApplicationScoped
public class AppealMarkerRepository implements PanacheRepositoryBase<AppealMarker, UUID> {

    /** One appeal, or null when the command centre knows none by that id (yet). */
    public Uni<AppealMarker> find(UUID appealId) {
        return findById(appealId);
    }

    /** The appeal's marker, locked; created empty when this is the first event of it the command centre hears. */
    public Uni<AppealMarker> findOrCreateForUpdate(UUID appealId) {
        // Insert-if-absent in SQL: the first events of one appeal arrive on several topics at once.
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "insert into appeal_marker (appeal_id) values (:id) on conflict do nothing")
                .setParameter("id", appealId).executeUpdate()
                .chain(() -> findById(appealId, LockModeType.PESSIMISTIC_WRITE)));
    }

    /** The appeals with this reference, in any case (the index is on upper(reference)). */
    public Uni<List<AppealMarker>> byReference(String reference) {
        return list("upper(reference) = ?1", reference.trim().toUpperCase(Locale.ROOT));
    }
}
