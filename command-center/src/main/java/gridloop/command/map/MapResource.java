package gridloop.command.map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gridloop.support.problem.ApiException;
import gridloop.support.problem.Problem;
import gridloop.support.security.Roles;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The map's data: the units of the map in force with their live counts and rates, and the appeals in view. */
@Path("/api/v1/map")
@Produces(MediaType.APPLICATION_JSON)
public class MapResource {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String UNITS = """
            with counts as (
                select level, id, count(*) as open, count(*) filter (where %s) as overdue
                from appeal_marker m
                cross join lateral (values ('grid', m.grid_id), ('community', m.community_id),
                                           ('street', m.street_id)) as u (level, id)
                where m.is_open and u.id is not null
                group by level, id
            )
            select u.unit_id, u.level, u.name, u.parent_id, u.version, u.geometry::text as geometry,
                   coalesce(c.open, 0) as open, coalesce(c.overdue, 0) as overdue,
                   (select r.snapshot::text from unit_rate r where r.level = u.level and r.unit_id = u.unit_id
                    order by r.period_start desc limit 1) as latest_snapshot
            from map_unit u left join counts c on c.level = u.level and c.id = u.unit_id
            order by u.street_id, u.level, u.unit_id
            """.formatted(MarkerFilter.OVERDUE_SQL);

    private final Pool pool;
    private final MapQuery query;

    MapResource(Pool pool, MapQuery query) {
        this.pool = pool;
        this.query = query;
    }

    @GET
    @Path("/units")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(operationId = "mapUnits", summary = "The map in force as GeoJSON, each unit with its live counts and rates",
            description = "Streets, communities, grids and buildings from gridloop.grid-maps. Properties: level, id, "
                    + "name, parent, version, open and overdue (open appeals now), and latestSnapshot (the unit's "
                    + "latest evaluation snapshot, null before the first).")
    public Uni<JsonNode> units() {
        return pool.query(UNITS).execute().map(rows -> {
            ObjectNode collection = JSON.createObjectNode().put("type", "FeatureCollection");
            ArrayNode features = collection.putArray("features");
            rows.forEach(row -> features.add(feature(row)));
            return collection;
        });
    }

    @GET
    @Path("/appeals")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(operationId = "appealsInView", summary = "The open appeals in the map's view: markers, or clusters when many",
            description = "The view is a box (west, south, east, north in degrees) at a zoom level; filters narrow it. "
                    + "Up to gridloop.command.map.max-markers (500) appeals come as markers, more as clusters.")
    public Uni<MapQuery.InView> appeals(@QueryParam("west") @NotNull @Min(-180) @Max(180) Double west,
            @QueryParam("south") @NotNull @Min(-90) @Max(90) Double south,
            @QueryParam("east") @NotNull @Min(-180) @Max(180) Double east,
            @QueryParam("north") @NotNull @Min(-90) @Max(90) Double north,
            @QueryParam("zoom") @DefaultValue("14") @Min(0) @Max(22) int zoom,
            @QueryParam("status") @Pattern(regexp = "[A-Z_]{1,20}", message = "a status, e.g. ASSIGNED") String status,
            @QueryParam("category") @Pattern(regexp = "[A-Z_]{1,40}", message = "a category code") String category,
            @QueryParam("community") String community, @QueryParam("grid") String grid,
            @QueryParam("overdue") @Pattern(regexp = "true|false", message = "true or false") String overdue,
            @QueryParam("department") String department,
            @QueryParam("queue") @Pattern(regexp = "OPERATORS", message = "only OPERATORS") String queue) {
        if (west > east || south > north) {
            throw ApiException.badRequest("The view must have west <= east and south <= north",
                    List.of(new Problem.Violation("west", "must not be east of east")));
        }
        return query.inView(new MarkerFilter(west, south, east, north, status, category, community, grid,
                overdue == null ? null : Boolean.valueOf(overdue), department, queue != null), zoom);
    }

    private static ObjectNode feature(Row row) {
        ObjectNode feature = JSON.createObjectNode().put("type", "Feature").put("id", row.getString("unit_id"));
        ObjectNode properties = feature.putObject("properties");
        properties.put("level", row.getString("level")).put("id", row.getString("unit_id"))
                .put("name", row.getString("name")).put("parent", row.getString("parent_id"))
                .put("version", row.getLong("version")).put("open", row.getLong("open"))
                .put("overdue", row.getLong("overdue"));
        properties.set("latestSnapshot", parse(row.getString("latest_snapshot")));
        feature.set("geometry", parse(row.getString("geometry")));
        return feature;
    }

    private static JsonNode parse(String json) {
        try {
            return json == null ? JSON.nullNode() : JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
