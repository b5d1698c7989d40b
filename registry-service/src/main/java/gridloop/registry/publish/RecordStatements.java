package gridloop.registry.publish;

import gridloop.events.BuildingRecorded;
import gridloop.events.FacilityRecorded;
import gridloop.events.OrganisationRecorded;
import gridloop.registry.imports.JsonLists;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Reads records as they now stand, as the events that put them on the registry's topics, in the caller's transaction.
 * The one place that decides what of the registry leaves it: a building carries counts of its households, never a
 * household; no contact is ever read here.
 */
@ApplicationScoped
public class RecordStatements {

    private static final int CHUNK = 1000;

    private static final String BUILDINGS = """
            select b.id, b.code, b.street_id, b.community_id, b.grid_id, b.estate, b.address, b.number, b.latitude,
                   b.longitude, b.floors, b.entrances, b.dwellings, b.year_built, b.use, b.property_company_id,
                   b.version,
                   count(h.id),
                   coalesce(sum(h.residents), 0),
                   count(h.id) filter (where h.occupancy = 'OWNER_OCCUPIED'),
                   count(h.id) filter (where h.occupancy = 'RENTED'),
                   count(h.id) filter (where h.occupancy = 'VACANT'),
                   count(h.id) filter (where h.elderly_living_alone),
                   count(h.id) filter (where h.disabled),
                   count(h.id) filter (where h.left_behind_children),
                   count(h.id) filter (where h.low_income)
            from building b left join household h on h.building_id = b.id
            where b.id in (:ids)
            group by b.id
            """;
    private static final String ORGANISATIONS = """
            select id, code, type, name, parent_id, building_ids, unit_ids, members, version
            from organisation where id in (:ids)
            """;
    private static final String FACILITIES = """
            select id, code, class_code, name, building_id, floor, latitude, longitude, maintainer_id, department,
                   status, status_since, version
            from facility where id in (:ids)
            """;

    public Uni<List<BuildingRecorded>> buildings(Collection<String> ids, Instant now) {
        return rows(BUILDINGS, new ArrayList<Object>(ids)).map(rows -> rows.stream().map(r ->
                new BuildingRecorded((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                        (String) r[5], (String) r[6], (String) r[7], decimal(r[8]), decimal(r[9]), integer(r[10]),
                        integer(r[11]), integer(r[12]), integer(r[13]), (String) r[14], (UUID) r[15],
                        new BuildingRecorded.People(count(r[17]), count(r[18]), count(r[19]), count(r[20]),
                                count(r[21]), count(r[22]), count(r[23]), count(r[24]), count(r[25])),
                        ((Number) r[16]).longValue(), now)).toList());
    }

    public Uni<List<OrganisationRecorded>> organisations(Collection<UUID> ids, Instant now) {
        return rows(ORGANISATIONS, new ArrayList<Object>(ids)).map(rows -> rows.stream().map(r ->
                new OrganisationRecorded((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], (UUID) r[4],
                        JsonLists.read((String) r[5]), JsonLists.read((String) r[6]), count(r[7]),
                        ((Number) r[8]).longValue(), now)).toList());
    }

    public Uni<List<FacilityRecorded>> facilities(Collection<UUID> ids, Instant now) {
        return rows(FACILITIES, new ArrayList<Object>(ids)).map(rows -> rows.stream().map(r ->
                new FacilityRecorded((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                        integer(r[5]), decimal(r[6]), decimal(r[7]), (UUID) r[8], (String) r[9], (String) r[10],
                        instant(r[11]), ((Number) r[12]).longValue(), now)).toList());
    }

    private static Uni<List<Object[]>> rows(String sql, List<Object> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<List<Object>> chunks = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += CHUNK) {
            chunks.add(ids.subList(i, Math.min(ids.size(), i + CHUNK)));
        }
        return Panache.getSession().chain(session -> Multi.createFrom().iterable(chunks).onItem()
                .transformToUniAndConcatenate(chunk -> session.createNativeQuery(sql, Object[].class)
                        .setParameter("ids", chunk).getResultList())
                .collect().in(ArrayList<Object[]>::new, List::addAll));
    }

    private static Double decimal(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }

    private static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    private static int count(Object value) {
        return value == null ? 0 : ((Number) value).intValue();
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        throw new IllegalStateException("Not a time: " + value);
    }
}
