package gridloop.command.place;

import gridloop.events.BuildingRecorded;
import gridloop.events.FacilityRecorded;
import gridloop.events.OrganisationRecorded;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Keeps the registry's buildings, facilities and organisations as the command centre's own rows, in the inbox's
 * transaction. A record replaces the row only when its version is newer, so the same records delivered twice or out
 * of order leave the same rows. Facilities answer whether their status moved, for the live feed.
 */
@ApplicationScoped
public class PlaceStatements {

    /** A facility's status before and after a record was applied; {@code after} is empty when nothing changed. */
    public record StatusMove(Optional<String> before, Optional<String> after) {

        /** Whether an operator should hear of it: a status that moved, or a new facility that is not in service. */
        public boolean worthTelling() {
            return after.isPresent() && !after.equals(before)
                    && (before.isPresent() || !FacilityRecorded.IN_SERVICE.equals(after.get()));
        }
    }

    public Uni<Void> apply(BuildingRecorded b) {
        BuildingRecorded.People people = b.people() == null ? BuildingRecorded.People.NONE : b.people();
        String search = Stream.of(b.estate(), b.address(), b.number(), b.code())
                .filter(part -> part != null && !part.isBlank()).collect(Collectors.joining(" "))
                .toLowerCase(Locale.ROOT);
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        insert into place_building (building_id, code, street_id, community_id, grid_id, estate, address,
                            number, latitude, longitude, floors, entrances, dwellings, year_built, use,
                            property_company_id, households, residents, owner_occupied, rented, vacant,
                            elderly_living_alone, disabled, left_behind_children, low_income, version, search_text)
                        values (:id, :code, :street, :community, :grid, :estate, :address, :number, :lat, :lon, :floors,
                            :entrances, :dwellings, :year, :use, :company, :households, :residents, :owner, :rented,
                            :vacant, :elderly, :disabled, :children, :lowIncome, :version, :search)
                        on conflict (building_id) do update set code = excluded.code, street_id = excluded.street_id,
                            community_id = excluded.community_id, grid_id = excluded.grid_id,
                            estate = excluded.estate, address = excluded.address, number = excluded.number,
                            latitude = excluded.latitude, longitude = excluded.longitude, floors = excluded.floors,
                            entrances = excluded.entrances, dwellings = excluded.dwellings,
                            year_built = excluded.year_built, use = excluded.use,
                            property_company_id = excluded.property_company_id, households = excluded.households,
                            residents = excluded.residents, owner_occupied = excluded.owner_occupied,
                            rented = excluded.rented, vacant = excluded.vacant,
                            elderly_living_alone = excluded.elderly_living_alone, disabled = excluded.disabled,
                            left_behind_children = excluded.left_behind_children, low_income = excluded.low_income,
                            version = excluded.version, search_text = excluded.search_text
                        where place_building.version < excluded.version
                        """)
                .setParameter("id", b.buildingId()).setParameter("code", b.code())
                .setParameter("street", b.streetId()).setParameter("community", b.communityId())
                .setParameter("grid", b.gridId()).setParameter("estate", b.estate())
                .setParameter("address", b.address()).setParameter("number", b.number())
                .setParameter("lat", b.latitude()).setParameter("lon", b.longitude())
                .setParameter("floors", b.floors()).setParameter("entrances", b.entrances())
                .setParameter("dwellings", b.dwellings()).setParameter("year", b.yearBuilt())
                .setParameter("use", b.use()).setParameter("company", b.propertyCompanyId())
                .setParameter("households", people.households()).setParameter("residents", people.residents())
                .setParameter("owner", people.ownerOccupied()).setParameter("rented", people.rented())
                .setParameter("vacant", people.vacant()).setParameter("elderly", people.elderlyLivingAlone())
                .setParameter("disabled", people.disabled()).setParameter("children", people.leftBehindChildren())
                .setParameter("lowIncome", people.lowIncome()).setParameter("version", b.version())
                .setParameter("search", search)
                .executeUpdate())
                .replaceWithVoid();
    }

    public Uni<StatusMove> apply(FacilityRecorded f) {
        // The row before (a CTE reads the snapshot before the upsert) and the row written, if it was newer.
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        with before as (select status from place_facility where facility_id = :id),
                        written as (
                            insert into place_facility (facility_id, code, class_code, name, building_id, floor,
                                latitude, longitude, maintainer_id, department, status, status_since, version)
                            values (:id, :code, :class, :name, :building, :floor, :lat, :lon, :maintainer, :department,
                                :status, :since, :version)
                            on conflict (facility_id) do update set code = excluded.code,
                                class_code = excluded.class_code, name = excluded.name,
                                building_id = excluded.building_id, floor = excluded.floor,
                                latitude = excluded.latitude, longitude = excluded.longitude,
                                maintainer_id = excluded.maintainer_id, department = excluded.department,
                                status = excluded.status, status_since = excluded.status_since,
                                version = excluded.version
                            where place_facility.version < excluded.version
                            returning status)
                        select coalesce((select status from before), '') || '|'
                               || coalesce((select status from written), '')
                        """, String.class)
                .setParameter("id", f.facilityId()).setParameter("code", f.code())
                .setParameter("class", f.classCode()).setParameter("name", f.name())
                .setParameter("building", f.buildingId()).setParameter("floor", f.floor())
                .setParameter("lat", f.latitude()).setParameter("lon", f.longitude())
                .setParameter("maintainer", f.maintainerId()).setParameter("department", f.department())
                .setParameter("status", f.status()).setParameter("since", f.statusSince())
                .setParameter("version", f.version())
                .getSingleResult())
                .map(PlaceStatements::move);
    }

    /** {@code before|after}, either empty when there is none. */
    private static StatusMove move(String beforeAndAfter) {
        String[] parts = beforeAndAfter.split("\\|", -1);
        return new StatusMove(present(parts[0]), present(parts[1]));
    }

    private static Optional<String> present(String status) {
        return status.isEmpty() ? Optional.empty() : Optional.of(status);
    }

    public Uni<Void> apply(OrganisationRecorded o) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        insert into place_organisation (organisation_id, code, type, name, parent_id, building_ids,
                            unit_ids, members, version)
                        values (:id, :code, :type, :name, :parent, cast(cast(:buildings as text) as text[]),
                            cast(cast(:units as text) as text[]),
                            :members, :version)
                        on conflict (organisation_id) do update set code = excluded.code, type = excluded.type,
                            name = excluded.name, parent_id = excluded.parent_id,
                            building_ids = excluded.building_ids, unit_ids = excluded.unit_ids,
                            members = excluded.members, version = excluded.version
                        where place_organisation.version < excluded.version
                        """)
                .setParameter("id", o.organisationId()).setParameter("code", o.code())
                .setParameter("type", o.type()).setParameter("name", o.name())
                .setParameter("parent", o.parentId())
                .setParameter("buildings", PlaceArrays.literal(o.buildingIds()))
                .setParameter("units", PlaceArrays.literal(o.unitIds()))
                .setParameter("members", o.members()).setParameter("version", o.version())
                .executeUpdate())
                .replaceWithVoid();
    }
}
