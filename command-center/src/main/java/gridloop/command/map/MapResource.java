package gridloop.command.map;

import com.fasterxml.jackson.databind.JsonNode;
import gridloop.command.place.ViewBox;
import gridloop.command.place.ViewParams;
import gridloop.support.i18n.RequestLanguage;
import gridloop.support.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The map's data: the units of the map in force with their live counts and rates, and the appeals in view. */
@Path("/api/v1/map")
@Produces(MediaType.APPLICATION_JSON)
public class MapResource {

    private final MapUnitQueries units;
    private final MapQueries query;
    private final RequestLanguage language;

    MapResource(MapUnitQueries units, MapQueries query, RequestLanguage language) {
        this.units = units;
        this.query = query;
        this.language = language;
    }

    @GET
    @Path("/units")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(operationId = "mapUnits", summary = "The map in force as GeoJSON, each unit with its live counts and rates",
            description = "Streets, communities, grids and buildings from gridloop.grid-maps. Properties: level, id, "
                    + "name (in the caller's language), parent, version, open and overdue (open appeals now), and latestSnapshot (the unit's "
                    + "latest evaluation snapshot, null before the first).")
    public Uni<JsonNode> units(@Context HttpHeaders headers) {
        return units.units(language.of(headers));
    }

    @GET
    @Path("/appeals")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(operationId = "appealsInView", summary = "The open appeals in the map's view: markers, or clusters when many",
            description = "The view is a box (west, south, east, north in degrees) at a zoom level; filters narrow it. "
                    + "Up to gridloop.command.map.max-markers (500) appeals come as markers, more as clusters.")
    public Uni<MapQueries.InView> appeals(@Valid @BeanParam ViewParams view,
            @QueryParam("zoom") @DefaultValue("14") @Min(0) @Max(22) int zoom,
            @QueryParam("status") @Pattern(regexp = "[A-Z_]{1,20}", message = "{gridloop.validation.statusCode}") String status,
            @QueryParam("category") @Pattern(regexp = "[A-Z_]{1,40}", message = "{gridloop.validation.categoryCode}") String category,
            @QueryParam("community") String community, @QueryParam("grid") String grid,
            @QueryParam("overdue") @Pattern(regexp = "true|false", message = "{gridloop.validation.trueOrFalse}") String overdue,
            @QueryParam("department") String department,
            @QueryParam("queue") @Pattern(regexp = "OPERATORS", message = "{gridloop.validation.onlyOperators}") String queue) {
        ViewBox box = view.box();
        return query.inView(new MarkerFilter(box.west(), box.south(), box.east(), box.north(), status, category, community, grid,
                overdue == null ? null : Boolean.valueOf(overdue), department, queue != null), zoom);
    }
}
