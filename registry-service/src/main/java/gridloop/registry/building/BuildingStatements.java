package gridloop.registry.building;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** Writes buildings, in the caller's transaction. */
@ApplicationScoped
public class BuildingStatements {

    /**
     * Inserts the building or updates it by id: 1 when something changed (its version counts up), 0 when it already
     * was so. Its code is given once and kept: a building the map later moves to another grid keeps its code.
     */
    public Uni<Integer> upsert(BuildingRow row, Instant now) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        insert into building (id, code, street_id, community_id, grid_id, estate, address, number,
                                              latitude, longitude, floors, entrances, dwellings, year_built, use,
                                              property_company_id, version, updated_at)
                        values (:id, :code, :street, :community, :grid, :estate, :address, :number, :lat, :lon,
                                :floors, :entrances, :dwellings, :yearBuilt, :use, :company, 0, :now)
                        on conflict (id) do update set street_id = excluded.street_id,
                            community_id = excluded.community_id, grid_id = excluded.grid_id,
                            estate = excluded.estate, address = excluded.address, number = excluded.number,
                            latitude = excluded.latitude, longitude = excluded.longitude, floors = excluded.floors,
                            entrances = excluded.entrances, dwellings = excluded.dwellings,
                            year_built = excluded.year_built, use = excluded.use,
                            property_company_id = excluded.property_company_id,
                            version = building.version + 1, updated_at = excluded.updated_at
                        where (building.street_id, building.community_id, building.grid_id, building.estate,
                               building.address, building.number, building.latitude, building.longitude,
                               building.floors, building.entrances, building.dwellings, building.year_built,
                               building.use, building.property_company_id)
                              is distinct from
                              (excluded.street_id, excluded.community_id, excluded.grid_id, excluded.estate,
                               excluded.address, excluded.number, excluded.latitude, excluded.longitude,
                               excluded.floors, excluded.entrances, excluded.dwellings, excluded.year_built,
                               excluded.use, excluded.property_company_id)
                        """)
                .setParameter("id", row.id()).setParameter("code", row.code())
                .setParameter("street", row.streetId()).setParameter("community", row.communityId())
                .setParameter("grid", row.gridId()).setParameter("estate", row.estate())
                .setParameter("address", row.address()).setParameter("number", row.number())
                .setParameter("lat", row.latitude()).setParameter("lon", row.longitude())
                .setParameter("floors", row.floors()).setParameter("entrances", row.entrances())
                .setParameter("dwellings", row.dwellings()).setParameter("yearBuilt", row.yearBuilt())
                .setParameter("use", row.use() == null ? null : row.use().name())
                .setParameter("company", row.propertyCompanyId()).setParameter("now", now)
                .executeUpdate());
    }
}
