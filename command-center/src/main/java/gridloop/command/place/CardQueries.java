package gridloop.command.place;

import gridloop.command.map.MarkerFilter;
import gridloop.command.place.PlaceViews.AppealRef;
import gridloop.command.place.PlaceViews.BuildingCard;
import gridloop.command.place.PlaceViews.CareGroups;
import gridloop.command.place.PlaceViews.FacilityCard;
import gridloop.command.place.PlaceViews.FacilityRef;
import gridloop.command.place.PlaceViews.OrganisationCard;
import gridloop.command.place.PlaceViews.OrganisationRef;
import gridloop.command.place.PlaceViews.People;
import gridloop.events.rules.RepeatProblems;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The cards an operator opens from the map: a building's, a facility's, an organisation's, from the read model. */
@ApplicationScoped
public class CardQueries {

    private static final String APPEAL_COLUMNS = "appeal_id, reference, category, status, is_open, submitted_at, "
            + "facility_id, " + MarkerFilter.OVERDUE_SQL + " as overdue";
    private static final String BUILDING_APPEALS = """
            select %s from (%s) a
            where a.is_open or a.submitted_at >= $2
            order by a.is_open desc, a.submitted_at desc nulls last, a.appeal_id
            limit 100
            """.formatted(APPEAL_COLUMNS, PlaceSql.appealsOfBuilding("$1"));
    private static final String BUILDING_APPEAL_COUNTS = """
            select count(*) filter (where a.is_open) as open, count(*) filter (where a.submitted_at >= $2) as recent
            from (%s) a
            """.formatted(PlaceSql.appealsOfBuilding("$1"));

    private final Pool pool;
    private final Clock clock;

    CardQueries(Pool pool, Clock clock) {
        this.pool = pool;
        this.clock = clock;
    }

    /** The building's card, care-group counts only {@code withCareGroups}; empty for a building not known here. */
    public Uni<Optional<BuildingCard>> building(String id, boolean withCareGroups) {
        OffsetDateTime since = windowStart();
        return pool.preparedQuery("""
                        select b.*, u.geometry::text as outline from place_building b
                        left join map_unit u on u.unit_id = b.building_id where b.building_id = $1
                        """).execute(Tuple.of(id))
                .chain(rows -> {
                    if (rows.size() == 0) {
                        return Uni.createFrom().item(Optional.<BuildingCard>empty());
                    }
                    Row b = rows.iterator().next();
                    return Uni.combine().all().unis(coveringOrganisations(b), facilitiesIn(id, since),
                                    appeals(BUILDING_APPEALS, Tuple.of(id, since)),
                                    pool.preparedQuery(BUILDING_APPEAL_COUNTS).execute(Tuple.of(id, since)))
                            .asTuple().map(parts -> {
                                Row counts = parts.getItem4().iterator().next();
                                return Optional.of(new BuildingCard(id, b.getString("code"), b.getString("address"),
                                        b.getString("estate"), b.getString("number"), b.getString("grid_id"),
                                        b.getString("community_id"), b.getDouble("latitude"), b.getDouble("longitude"),
                                        PlaceQueries.json(b.getString("outline")), b.getInteger("floors"),
                                        b.getInteger("entrances"), b.getInteger("dwellings"), b.getInteger("year_built"),
                                        b.getString("use"), new People(b.getInteger("households"),
                                                b.getInteger("residents"), b.getInteger("owner_occupied"),
                                                b.getInteger("rented"), b.getInteger("vacant")),
                                        withCareGroups ? new CareGroups(b.getInteger("elderly_living_alone"),
                                                b.getInteger("disabled"), b.getInteger("left_behind_children"),
                                                b.getInteger("low_income")) : null,
                                        parts.getItem1(), parts.getItem2(), parts.getItem3(), counts.getLong("open"),
                                        counts.getLong("recent")));
                            });
                });
    }

    public Uni<Optional<FacilityCard>> facility(UUID id) {
        OffsetDateTime since = windowStart();
        return pool.preparedQuery("""
                        select f.*, b.address as building_address,
                               (select count(*) from appeal_marker m where m.facility_id = f.facility_id
                                    and m.submitted_at >= $2) as faults
                        from place_facility f left join place_building b on b.building_id = f.building_id
                        where f.facility_id = $1
                        """).execute(Tuple.of(id, since))
                .chain(rows -> {
                    if (rows.size() == 0) {
                        return Uni.createFrom().item(Optional.<FacilityCard>empty());
                    }
                    Row f = rows.iterator().next();
                    UUID maintainer = f.getUUID("maintainer_id");
                    return Uni.combine().all().unis(organisation(maintainer),
                                    appeals("select " + APPEAL_COLUMNS + " from appeal_marker where facility_id = $1 "
                                            + "order by submitted_at desc nulls last, appeal_id limit 100", Tuple.of(id)))
                            .asTuple().map(parts -> {
                                long faults = f.getLong("faults");
                                return Optional.of(new FacilityCard(id, f.getString("code"), f.getString("class_code"),
                                        f.getString("name"), f.getString("building_id"),
                                        f.getString("building_address"), f.getInteger("floor"),
                                        f.getDouble("latitude"), f.getDouble("longitude"), parts.getItem1().orElse(null),
                                        f.getString("department"), f.getString("status"),
                                        f.getOffsetDateTime("status_since"), parts.getItem2(), faults,
                                        RepeatProblems.repeats(faults)));
                            });
                });
    }

    public Uni<Optional<OrganisationCard>> organisationCard(UUID id) {
        return pool.preparedQuery("""
                        select o.*,
                               (select coalesce(json_agg(json_build_object('id', b.building_id, 'address', b.address,
                                        'latitude', b.latitude, 'longitude', b.longitude) order by b.building_id),
                                        '[]')::text
                                from place_building b
                                where b.building_id = any(o.building_ids) or b.property_company_id = o.organisation_id)
                                    as buildings,
                               (select coalesce(json_agg(json_build_object('id', u.unit_id,
                                        'address', coalesce(u.name_zh, u.name)) order by u.unit_id), '[]')::text
                                from map_unit u where u.unit_id = any(o.unit_ids)) as units
                        from place_organisation o where o.organisation_id = $1
                        """).execute(Tuple.of(id))
                .chain(rows -> {
                    if (rows.size() == 0) {
                        return Uni.createFrom().item(Optional.<OrganisationCard>empty());
                    }
                    Row o = rows.iterator().next();
                    return organisation(o.getUUID("parent_id")).map(parent -> Optional.of(new OrganisationCard(id,
                            o.getString("code"), o.getString("type"), o.getString("name"), o.getInteger("members"),
                            parent.orElse(null), PlaceQueries.places(o.getString("buildings")),
                            PlaceQueries.places(o.getString("units")))));
                });
    }

    /** The organisations that cover the building: as one of theirs, as its property company, or by its units. */
    private Uni<List<OrganisationRef>> coveringOrganisations(Row building) {
        return pool.preparedQuery("""
                        select organisation_id, code, type, name, members from place_organisation
                        where $1 = any(building_ids) or organisation_id = $2
                           or unit_ids && array[$3, $4, $5]::text[]
                        order by type, code
                        """)
                .execute(Tuple.of(building.getString("building_id"), building.getUUID("property_company_id"),
                        building.getString("grid_id"), building.getString("community_id"),
                        building.getString("street_id")))
                .map(CardQueries::organisationRefs);
    }

    private Uni<List<FacilityRef>> facilitiesIn(String buildingId, OffsetDateTime since) {
        return pool.preparedQuery("""
                        select f.facility_id, f.code, f.class_code, f.name, f.floor, f.status,
                               (select count(*) from appeal_marker m where m.facility_id = f.facility_id
                                    and m.submitted_at >= $2) as faults
                        from place_facility f where f.building_id = $1 order by f.class_code, f.code
                        """).execute(Tuple.of(buildingId, since))
                .map(rows -> {
                    List<FacilityRef> items = new ArrayList<>();
                    for (Row row : rows) {
                        items.add(new FacilityRef(row.getUUID("facility_id"), row.getString("code"),
                                row.getString("class_code"), row.getString("name"), row.getInteger("floor"),
                                row.getString("status"), row.getLong("faults")));
                    }
                    return items;
                });
    }

    private Uni<Optional<OrganisationRef>> organisation(UUID id) {
        if (id == null) {
            return Uni.createFrom().item(Optional.empty());
        }
        return pool.preparedQuery("select organisation_id, code, type, name, members from place_organisation "
                        + "where organisation_id = $1").execute(Tuple.of(id))
                .map(rows -> organisationRefs(rows).stream().findFirst());
    }

    private Uni<List<AppealRef>> appeals(String sql, Tuple parameters) {
        return pool.preparedQuery(sql).execute(parameters).map(rows -> {
            List<AppealRef> items = new ArrayList<>();
            for (Row row : rows) {
                items.add(new AppealRef(row.getUUID("appeal_id"), row.getString("reference"), row.getString("category"),
                        row.getString("status"), row.getBoolean("is_open"), row.getBoolean("overdue"),
                        row.getOffsetDateTime("submitted_at"), row.getUUID("facility_id")));
            }
            return items;
        });
    }

    private static List<OrganisationRef> organisationRefs(RowSet<Row> rows) {
        List<OrganisationRef> items = new ArrayList<>();
        for (Row row : rows) {
            items.add(new OrganisationRef(row.getUUID("organisation_id"), row.getString("code"), row.getString("type"),
                    row.getString("name"), row.getInteger("members")));
        }
        return items;
    }

    private OffsetDateTime windowStart() {
        return RepeatProblems.windowStart(clock.instant()).atOffset(ZoneOffset.UTC);
    }
}
