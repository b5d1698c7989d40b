package gridloop.registry.building;

import gridloop.support.persistence.LikePatterns;
import gridloop.registry.building.BuildingViews.AppealRef;
import gridloop.registry.building.BuildingViews.Card;
import gridloop.registry.building.BuildingViews.CareGroups;
import gridloop.registry.building.BuildingViews.Facility;
import gridloop.registry.building.BuildingViews.Organisation;
import gridloop.registry.building.BuildingViews.People;
import gridloop.registry.building.BuildingViews.Summary;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads buildings and their cards (indexed lookups; a card is five short queries). */
@ApplicationScoped
public class BuildingQueries {

    private static final String COUNTS = """
            count(h.id) as households, coalesce(sum(h.residents), 0) as residents,
            count(h.id) filter (where h.occupancy = 'OWNER_OCCUPIED') as owner_occupied,
            count(h.id) filter (where h.occupancy = 'RENTED') as rented,
            count(h.id) filter (where h.occupancy = 'VACANT') as vacant,
            count(h.id) filter (where h.elderly_living_alone) as elderly,
            count(h.id) filter (where h.disabled) as disabled,
            count(h.id) filter (where h.left_behind_children) as children,
            count(h.id) filter (where h.low_income) as low_income
            """;

    private final Pool pool;

    BuildingQueries(Pool pool) {
        this.pool = pool;
    }

    /** The building's grid (who may see its households), or empty for an unknown building. */
    public Uni<Optional<String>> gridOf(String id) {
        return pool.preparedQuery("select grid_id from building where id = $1").execute(Tuple.of(id))
                .map(rows -> rows.size() == 0 ? Optional.empty()
                        : Optional.of(rows.iterator().next().getString("grid_id")));
    }

    /**
     * Buildings in a box (south, west, north, east), or whose estate, address, number or code hold every word of
     * {@code words} ("鸿康皓宇 3栋"), ordered by code.
     */
    public Uni<List<Summary>> find(double[] box, String words, int page, int size) {
        List<String> patterns = LikePatterns.containsEach(words, 10);
        String sql = """
                select b.id, b.code, b.grid_id, b.estate, b.address, b.number, b.latitude, b.longitude,
                       (select count(*) from household h where h.building_id = b.id) as households,
                       (select coalesce(sum(h.residents), 0) from household h where h.building_id = b.id) as residents,
                       (select count(*) from registry_appeal a where a.building_id = b.id and a.open) as open_appeals
                from building b
                where ($1::float8 is null or (b.latitude between $1 and $3 and b.longitude between $2 and $4))
                  and (cardinality($5::text[]) = 0 or (select bool_and(coalesce(b.estate, '') || b.address
                        || b.number || b.code ilike p) from unnest($5::text[]) p))
                order by b.code
                limit $6 offset $7
                """;
        Tuple args = Tuple.tuple().addValue(box == null ? null : box[0]).addValue(box == null ? null : box[1])
                .addValue(box == null ? null : box[2]).addValue(box == null ? null : box[3])
                .addArrayOfString(patterns.toArray(String[]::new)).addInteger(size).addInteger(page * size);
        return pool.preparedQuery(sql).execute(args).map(rows -> {
            List<Summary> items = new ArrayList<>();
            for (Row row : rows) {
                items.add(new Summary(row.getString("id"), row.getString("code"), row.getString("grid_id"),
                        row.getString("estate"), row.getString("address"), row.getString("number"),
                        row.getDouble("latitude"), row.getDouble("longitude"), row.getInteger("households"),
                        row.getLong("residents").intValue(), row.getInteger("open_appeals")));
            }
            return items;
        });
    }

    /** The card, with care groups when {@code withCareGroups}; empty for an unknown building. */
    public Uni<Optional<Card>> card(String id, boolean withCareGroups, Instant windowStart) {
        Uni<Optional<Row>> building = pool.preparedQuery("select b.*, " + COUNTS
                        + " from building b left join household h on h.building_id = b.id where b.id = $1"
                        + " group by b.id")
                .execute(Tuple.of(id)).map(rows -> rows.size() == 0 ? Optional.empty()
                        : Optional.of(rows.iterator().next()));
        return building.chain(found -> found.isEmpty() ? Uni.createFrom().item(Optional.<Card>empty())
                : Uni.combine().all().unis(organisations(found.get()), facilities(id), appeals(id, windowStart))
                        .asTuple().map(parts -> Optional.of(card(found.get(), withCareGroups, parts.getItem1(),
                                parts.getItem2(), parts.getItem3(), windowStart))));
    }

    private Uni<List<Organisation>> organisations(Row building) {
        return pool.preparedQuery("""
                        select id, code, type, name, members from organisation
                        where building_ids::jsonb ? $1 or unit_ids::jsonb ?| array[$2, $3, $4]
                        order by type, code
                        """)
                .execute(Tuple.of(building.getString("id"), building.getString("grid_id"),
                        building.getString("community_id"), building.getString("street_id")))
                .map(rows -> {
                    List<Organisation> items = new ArrayList<>();
                    for (Row row : rows) {
                        items.add(new Organisation(row.getUUID("id"), row.getString("code"), row.getString("type"),
                                row.getString("name"), row.getInteger("members")));
                    }
                    return items;
                });
    }

    private Uni<List<Facility>> facilities(String id) {
        return pool.preparedQuery("select id, code, class_code, name, floor, status from facility "
                        + "where building_id = $1 order by code").execute(Tuple.of(id)).map(rows -> {
                    List<Facility> items = new ArrayList<>();
                    for (Row row : rows) {
                        items.add(new Facility(row.getUUID("id"), row.getString("code"), row.getString("class_code"),
                                row.getString("name"), row.getInteger("floor"), row.getString("status")));
                    }
                    return items;
                });
    }

    /** Its open appeals and those submitted in the window, newest first (at most 100). */
    private Uni<List<AppealRef>> appeals(String id, Instant windowStart) {
        // Two indexed halves (located in it; naming one of its facilities), not one OR a planner cannot index.
        return pool.preparedQuery("""
                        select a.appeal_id, a.reference, a.category, a.facility_id, a.submitted_at, a.open, a.outcome
                        from registry_appeal a
                        where a.building_id = $1 and (a.open or a.submitted_at >= $2)
                        union
                        select a.appeal_id, a.reference, a.category, a.facility_id, a.submitted_at, a.open, a.outcome
                        from facility f join registry_appeal a on a.facility_id = f.id
                        where f.building_id = $1 and (a.open or a.submitted_at >= $2)
                        order by submitted_at desc nulls last limit 100
                        """)
                .execute(Tuple.of(id, windowStart.atOffset(java.time.ZoneOffset.UTC))).map(rows -> {
                    List<AppealRef> items = new ArrayList<>();
                    for (Row row : rows) {
                        items.add(new AppealRef(row.getUUID("appeal_id"), row.getString("reference"),
                                row.getString("category"), row.getUUID("facility_id"),
                                row.getOffsetDateTime("submitted_at") == null ? null
                                        : row.getOffsetDateTime("submitted_at").toInstant(),
                                row.getBoolean("open"), row.getString("outcome")));
                    }
                    return items;
                });
    }

    private static Card card(Row b, boolean withCareGroups, List<Organisation> organisations,
            List<Facility> facilities, List<AppealRef> appeals, Instant windowStart) {
        People people = new People(b.getLong("households").intValue(), b.getLong("residents").intValue(),
                b.getLong("owner_occupied").intValue(), b.getLong("rented").intValue(), b.getLong("vacant").intValue());
        CareGroups care = withCareGroups ? new CareGroups(b.getLong("elderly").intValue(),
                b.getLong("disabled").intValue(), b.getLong("children").intValue(), b.getLong("low_income").intValue())
                : null;
        int open = (int) appeals.stream().filter(AppealRef::open).count();
        int inWindow = (int) appeals.stream().filter(a -> a.submittedAt() != null
                && !a.submittedAt().isBefore(windowStart)).count();
        return new Card(b.getString("id"), b.getString("code"), b.getString("street_id"), b.getString("community_id"),
                b.getString("grid_id"), b.getString("estate"), b.getString("address"), b.getString("number"),
                b.getDouble("latitude"), b.getDouble("longitude"), b.getInteger("floors"), b.getInteger("entrances"),
                b.getInteger("dwellings"), b.getInteger("year_built"), b.getString("use"),
                b.getUUID("property_company_id"), people, care, organisations, facilities, appeals, open, inWindow,
                b.getLong("version"), b.getOffsetDateTime("updated_at").toInstant());
    }
}
