package gridloop.registry.appeal;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The appeals the registry knows of ({@code registry_appeal}), in the consumer's transaction. */
@ApplicationScoped
public class AppealLinkStatements {

    public Uni<Integer> submitted(UUID appealId, String reference, String category, UUID facilityId, Instant at) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        insert into registry_appeal (appeal_id, reference, category, facility_id, submitted_at)
                        values (:id, :reference, :category, :facility, :at)
                        on conflict (appeal_id) do update set reference = excluded.reference,
                            category = excluded.category, facility_id = excluded.facility_id,
                            submitted_at = excluded.submitted_at
                        """)
                .setParameter("id", appealId).setParameter("reference", reference).setParameter("category", category)
                .setParameter("facility", facilityId).setParameter("at", at).executeUpdate());
    }

    public Uni<Integer> located(UUID appealId, String buildingId) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        insert into registry_appeal (appeal_id, building_id) values (:id, :building)
                        on conflict (appeal_id) do update set building_id = excluded.building_id
                        """)
                .setParameter("id", appealId).setParameter("building", buildingId).executeUpdate());
    }

    public Uni<Integer> resolved(UUID appealId, String outcome, Instant at) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "update registry_appeal set outcome = :outcome, resolved_at = :at where appeal_id = :id")
                .setParameter("id", appealId).setParameter("outcome", outcome).setParameter("at", at)
                .executeUpdate());
    }

    /** The appeal is open again (reopened) or over (closed, rejected, withdrawn). */
    public Uni<Integer> open(UUID appealId, boolean open, Instant at) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "update registry_appeal set open = :open, closed_at = case when :open then null else "
                                + "cast(:at as timestamptz) end where appeal_id = :id")
                .setParameter("id", appealId).setParameter("open", open).setParameter("at", at).executeUpdate());
    }

    /** The facility the appeal names, if it names one the registry has. */
    public Uni<Optional<UUID>> facilityOf(UUID appealId) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        select a.facility_id from registry_appeal a join facility f on f.id = a.facility_id
                        where a.appeal_id = :id
                        """, UUID.class).setParameter("id", appealId).getResultList())
                .map(rows -> rows.stream().findFirst());
    }
}
