package gridloop.registry.organisation;

import gridloop.registry.imports.JsonLists;
import gridloop.registry.imports.RegistryIds;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** Writes organisations, in the caller's transaction. */
@ApplicationScoped
public class OrganisationStatements {

    /**
     * Inserts the organisation or updates it by id (its code's). 1 when something changed (its version then counts up),
     * 0 when it already was so: importing the same file again changes nothing.
     */
    public Uni<Integer> upsert(OrganisationRow row, Instant now) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        insert into organisation (id, code, type, name, parent_id, contact_name, contact_phone, members,
                                                  building_ids, unit_ids, version, updated_at)
                        values (:id, :code, :type, :name, :parent, :contactName, :contactPhone, :members, :buildings,
                                :units, 0, :now)
                        on conflict (id) do update set type = excluded.type, name = excluded.name,
                            parent_id = excluded.parent_id, contact_name = excluded.contact_name,
                            contact_phone = excluded.contact_phone, members = excluded.members,
                            building_ids = excluded.building_ids, unit_ids = excluded.unit_ids,
                            version = organisation.version + 1, updated_at = excluded.updated_at
                        where (organisation.type, organisation.name, organisation.parent_id, organisation.contact_name,
                               organisation.contact_phone, organisation.members, organisation.building_ids,
                               organisation.unit_ids)
                              is distinct from
                              (excluded.type, excluded.name, excluded.parent_id, excluded.contact_name,
                               excluded.contact_phone, excluded.members, excluded.building_ids, excluded.unit_ids)
                        """)
                .setParameter("id", row.id()).setParameter("code", row.code()).setParameter("type", row.type().name())
                .setParameter("name", row.name())
                .setParameter("parent", row.parentCode() == null ? null : RegistryIds.organisation(row.parentCode()))
                .setParameter("contactName", row.contactName()).setParameter("contactPhone", row.contactPhone())
                .setParameter("members", row.members()).setParameter("buildings", JsonLists.write(row.buildingIds()))
                .setParameter("units", JsonLists.write(row.unitIds())).setParameter("now", now)
                .executeUpdate());
    }
}
