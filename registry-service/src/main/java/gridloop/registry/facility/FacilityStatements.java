package gridloop.registry.facility;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Writes facilities, in the caller's transaction. */
@ApplicationScoped
public class FacilityStatements {

    /**
     * Inserts the facility or updates it by id (its code's): 1 when something changed (its version counts up), 0 when
     * it already was so. A row without a status keeps the one the facility has (appeals move it); a point left empty is
     * its building's.
     */
    public Uni<Integer> upsert(FacilityRow row, Instant now) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        insert into facility (id, code, class_code, name, building_id, floor, latitude, longitude,
                                              maintainer_id, department, status, status_since, version, updated_at)
                        select :id, :code, :classCode, :name, :building, :floor,
                               coalesce(cast(:lat as double precision), b.latitude),
                               coalesce(cast(:lon as double precision), b.longitude),
                               :maintainer, :department, coalesce(cast(:status as text), 'IN_SERVICE'), :now, 0, :now
                        from (values (1)) one left join building b on b.id = cast(:building as text)
                        on conflict (id) do update set class_code = excluded.class_code, name = excluded.name,
                            building_id = excluded.building_id, floor = excluded.floor,
                            latitude = excluded.latitude, longitude = excluded.longitude,
                            maintainer_id = excluded.maintainer_id, department = excluded.department,
                            status = coalesce(cast(:status as text), facility.status),
                            status_since = case when coalesce(cast(:status as text), facility.status) = facility.status
                                                then facility.status_since else excluded.status_since end,
                            version = facility.version + 1, updated_at = excluded.updated_at
                        where (facility.class_code, facility.name, facility.building_id, facility.floor,
                               facility.latitude, facility.longitude, facility.maintainer_id, facility.department,
                               facility.status)
                              is distinct from
                              (excluded.class_code, excluded.name, excluded.building_id, excluded.floor,
                               excluded.latitude, excluded.longitude, excluded.maintainer_id, excluded.department,
                               coalesce(cast(:status as text), facility.status))
                        """)
                .setParameter("id", row.id()).setParameter("code", row.code())
                .setParameter("classCode", row.classCode()).setParameter("name", row.name())
                .setParameter("building", row.buildingId()).setParameter("floor", row.floor())
                .setParameter("lat", row.latitude()).setParameter("lon", row.longitude())
                .setParameter("maintainer", row.maintainerId()).setParameter("department", row.department())
                .setParameter("status", row.status() == null ? null : row.status().name())
                .setParameter("now", now)
                .executeUpdate());
    }

    /** The facility's status, locked until the transaction ends; empty for an unknown facility. */
    public Uni<Optional<FacilityStatus>> statusForUpdate(UUID id) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "select status from facility where id = :id for update", String.class)
                .setParameter("id", id).getResultList())
                .map(rows -> rows.stream().findFirst().map(FacilityStatus::valueOf));
    }

    /** Moves the facility to a status (a no-op when it is in it already): 1 when it moved. */
    public Uni<Integer> moveTo(UUID id, FacilityStatus status, Instant now) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        update facility set status = :status, status_since = :now, version = version + 1,
                            updated_at = :now
                        where id = :id and status <> :status
                        """)
                .setParameter("id", id).setParameter("status", status.name()).setParameter("now", now)
                .executeUpdate());
    }
}
