package gridloop.registry.household;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/** Writes households and their contact, in the caller's transaction. */
@ApplicationScoped
public class HouseholdStatements {

    /**
     * Inserts the household or updates it by id (its dwelling's), and sets or erases its contact as the row says: 1 when
     * something changed, 0 when it already was so. A contact is kept from when it was recorded or last changed.
     */
    public Uni<Integer> upsert(HouseholdRow row, Instant now) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        insert into household (id, building_id, entrance, room, occupancy, residents,
                                               elderly_living_alone, disabled, left_behind_children, low_income,
                                               version, updated_at)
                        values (:id, :building, :entrance, :room, :occupancy, :residents, :elderly, :disabled,
                                :children, :lowIncome, 0, :now)
                        on conflict (id) do update set occupancy = excluded.occupancy,
                            residents = excluded.residents, elderly_living_alone = excluded.elderly_living_alone,
                            disabled = excluded.disabled, left_behind_children = excluded.left_behind_children,
                            low_income = excluded.low_income, version = household.version + 1,
                            updated_at = excluded.updated_at
                        where (household.occupancy, household.residents, household.elderly_living_alone,
                               household.disabled, household.left_behind_children, household.low_income)
                              is distinct from
                              (excluded.occupancy, excluded.residents, excluded.elderly_living_alone,
                               excluded.disabled, excluded.left_behind_children, excluded.low_income)
                        """)
                .setParameter("id", row.id()).setParameter("building", row.buildingId())
                .setParameter("entrance", row.entrance()).setParameter("room", row.room())
                .setParameter("occupancy", row.occupancy().name()).setParameter("residents", row.residents())
                .setParameter("elderly", row.elderlyLivingAlone()).setParameter("disabled", row.disabled())
                .setParameter("children", row.leftBehindChildren()).setParameter("lowIncome", row.lowIncome())
                .setParameter("now", now)
                .executeUpdate()
                .chain(household -> (row.contactName() == null ? session.createNativeQuery(
                                "delete from household_contact where household_id = :id")
                                .setParameter("id", row.id()).executeUpdate()
                        : session.createNativeQuery("""
                                insert into household_contact (household_id, name, phone, confirmed_at)
                                values (:id, :name, :phone, :now)
                                on conflict (household_id) do update set name = excluded.name,
                                    phone = excluded.phone, confirmed_at = excluded.confirmed_at
                                where (household_contact.name, household_contact.phone)
                                      is distinct from (excluded.name, excluded.phone)
                                """)
                                .setParameter("id", row.id()).setParameter("name", row.contactName())
                                .setParameter("phone", row.contactPhone()).setParameter("now", now)
                                .executeUpdate())
                        .map(contact -> household + contact > 0 ? 1 : 0)));
    }

    /** Erases a household and its contact: 1 when there was one. */
    public Uni<Integer> delete(UUID id) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                "delete from household where id = :id").setParameter("id", id).executeUpdate());
    }

    /** Erases contacts recorded or last changed before {@code before}; how many. */
    public Uni<Integer> eraseContactsBefore(Instant before) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                "delete from household_contact where confirmed_at < :before").setParameter("before", before)
                .executeUpdate());
    }
}
