package gridloop.command.place;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gridloop.command.place.PlaceViews.BuildingInView;
import gridloop.command.place.PlaceViews.Buildings;
import gridloop.command.place.PlaceViews.CoveredPlace;
import gridloop.command.place.PlaceViews.Facilities;
import gridloop.command.place.PlaceViews.FacilityInView;
import gridloop.command.place.PlaceViews.OrganisationInView;
import gridloop.events.rules.RepeatProblems;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The map's place layers in a view box (west, south, east, north): buildings with the measures they are shaded by,
 * facilities with their status and recent faults, organisations with what they cover. Each answer is bounded.
 */
@ApplicationScoped
public class PlaceQueries {

    static final int MAX_IN_VIEW = 3_000;
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The buildings whose point is in the box ($1..$4), each with its counts of appeals ($5: the window's start). */
    private static final String BUILDINGS = """
            select b.building_id, b.code, b.address, b.number, b.latitude, b.longitude, u.geometry::text as outline,
                   c.open_appeals, c.recent_appeals,
                   b.elderly_living_alone + b.disabled + b.left_behind_children + b.low_income as care,
                   b.vacant::float8 / nullif(b.dwellings, 0) as vacancy
            from place_building b left join map_unit u on u.unit_id = b.building_id
            cross join lateral (select count(*) filter (where a.is_open) as open_appeals,
                                       count(*) filter (where a.submitted_at >= $5) as recent_appeals
                                from (%s) a) c
            where point(b.longitude, b.latitude) <@ box(point($1, $2), point($3, $4))
            order by b.building_id
            limit $6
            """.formatted(PlaceSql.appealsOfBuilding("b.building_id"));
    private static final String FACILITIES = """
            select f.facility_id, f.code, f.class_code, f.name, f.status, f.latitude, f.longitude, f.building_id,
                   (select count(*) from appeal_marker m where m.facility_id = f.facility_id
                        and m.submitted_at >= $5) as faults
            from place_facility f
            where point(f.longitude, f.latitude) <@ box(point($1, $2), point($3, $4))
              and ($6::text is null or f.class_code = $6) and f.status <> 'RETIRED'
            order by f.facility_id
            limit $7
            """;
    /** The organisations covering a building in the box (as one of theirs, or as its property company). */
    private static final String ORGANISATIONS = """
            with shown as (
                select building_id, property_company_id from place_building
                where point(longitude, latitude) <@ box(point($1, $2), point($3, $4)))
            select o.organisation_id, o.code, o.type, o.name, o.members,
                   (select coalesce(json_agg(json_build_object('id', b.building_id, 'address', b.address,
                            'latitude', b.latitude, 'longitude', b.longitude, 'outline', u.geometry)
                            order by b.building_id), '[]')::text
                    from place_building b left join map_unit u on u.unit_id = b.building_id
                    where b.building_id = any(o.building_ids) or b.property_company_id = o.organisation_id) as buildings,
                   (select coalesce(json_agg(json_build_object('id', u.unit_id, 'address', coalesce(u.name_zh, u.name),
                            'outline', u.geometry) order by u.unit_id), '[]')::text
                    from map_unit u where u.unit_id = any(o.unit_ids) and u.level in ('grid', 'building')) as units
            from place_organisation o
            where exists (select 1 from shown s where s.building_id = any(o.building_ids)
                          or s.property_company_id = o.organisation_id)
            order by o.type, o.code
            limit 200
            """;

    private final Pool pool;
    private final Clock clock;

    PlaceQueries(Pool pool, Clock clock) {
        this.pool = pool;
        this.clock = clock;
    }

    public Uni<Buildings> buildings(ViewBox box) {
        return pool.preparedQuery(BUILDINGS).execute(box(box).addValue(windowStart())
                        .addInteger(MAX_IN_VIEW + 1))
                .map(rows -> {
                    List<BuildingInView> items = new ArrayList<>();
                    for (Row row : rows) {
                        items.add(new BuildingInView(row.getString("building_id"), row.getString("code"),
                                row.getString("address"), row.getString("number"), row.getDouble("latitude"),
                                row.getDouble("longitude"), json(row.getString("outline")),
                                row.getLong("open_appeals"), row.getLong("recent_appeals"), row.getInteger("care"),
                                row.getDouble("vacancy")));
                    }
                    return new Buildings(bounded(items), items.size() > MAX_IN_VIEW);
                });
    }

    public Uni<Facilities> facilities(ViewBox box, String classCode) {
        return pool.preparedQuery(FACILITIES).execute(box(box).addValue(windowStart()).addValue(classCode)
                        .addInteger(MAX_IN_VIEW + 1))
                .map(rows -> {
                    List<FacilityInView> items = new ArrayList<>();
                    for (Row row : rows) {
                        long faults = row.getLong("faults");
                        items.add(new FacilityInView(row.getUUID("facility_id"), row.getString("code"),
                                row.getString("class_code"), row.getString("name"), row.getString("status"),
                                row.getDouble("latitude"), row.getDouble("longitude"), row.getString("building_id"),
                                faults, RepeatProblems.repeats(faults)));
                    }
                    return new Facilities(bounded(items), items.size() > MAX_IN_VIEW);
                });
    }

    public Uni<List<OrganisationInView>> organisations(ViewBox box) {
        return pool.preparedQuery(ORGANISATIONS).execute(box(box)).map(rows -> {
            List<OrganisationInView> items = new ArrayList<>();
            for (Row row : rows) {
                items.add(new OrganisationInView(row.getUUID("organisation_id"), row.getString("code"),
                        row.getString("type"), row.getString("name"), row.getInteger("members"),
                        places(row.getString("buildings")), places(row.getString("units"))));
            }
            return items;
        });
    }

    /** $1..$4 of a query: west, south, east, north. */
    private static Tuple box(ViewBox box) {
        return Tuple.tuple().addDouble(box.west()).addDouble(box.south()).addDouble(box.east()).addDouble(box.north());
    }

    private java.time.OffsetDateTime windowStart() {
        return RepeatProblems.windowStart(clock.instant()).atOffset(ZoneOffset.UTC);
    }

    private static <T> List<T> bounded(List<T> items) {
        return items.size() > MAX_IN_VIEW ? items.subList(0, MAX_IN_VIEW) : items;
    }

    static List<CoveredPlace> places(String json) {
        List<CoveredPlace> places = new ArrayList<>();
        for (JsonNode place : json(json)) {
            places.add(new CoveredPlace(place.path("id").asText(), text(place.path("address")),
                    number(place.path("latitude")), number(place.path("longitude")), place.path("outline")));
        }
        return places;
    }

    static JsonNode json(String text) {
        try {
            return text == null ? null : JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? null : node.asText();
    }

    private static Double number(JsonNode node) {
        return node.isNumber() ? node.asDouble() : null;
    }
}
