package gridloop.dispatch.grid;

import gridloop.support.i18n.RequestLanguage;
import org.jboss.resteasy.reactive.server.Cancellable;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.PermitAll;
import io.quarkus.security.Authenticated;
import gridloop.support.i18n.Text;
import gridloop.support.security.Roles;
import gridloop.dispatch.roster.WorkerService;
import gridloop.dispatch.roster.WorkerView;
import gridloop.dispatch.messages.DispatchMessages;
import gridloop.support.problem.ApiException;
import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

@Path("/api/v1/grids")
@Produces(MediaType.APPLICATION_JSON)
// A request whose caller hangs up still runs to its end: cancelled mid-transaction, Hibernate Reactive closed the
// session under a statement in flight and the error had nowhere to go (docs/events-and-guarantees.md).
@Cancellable(false)
public class GridResource {

    private final GridMapHolder maps;
    private final GridMapUpload upload;
    private final WorkerService workers;
    private final RequestLanguage language;

    GridResource(GridMapHolder maps, GridMapUpload upload, WorkerService workers, RequestLanguage language) {
        this.language = language;
        this.maps = maps;
        this.upload = upload;
        this.workers = workers;
    }

    @GET
    @PermitAll
    @Operation(operationId = "getGridMap", summary = "The grid map in force as a GeoJSON FeatureCollection, with its version")
    public Map<String, Object> all() {
        GridMapHolder.VersionedMap inForce = maps.inForce();
        return GeoJsonView.featureCollection(inForce.version(), inForce.map().units());
    }

    @PUT
    @Consumes({MediaType.APPLICATION_JSON, "application/geo+json"})
    @RolesAllowed(Roles.OPERATOR)
    @Operation(operationId = "replaceGridMap", summary = "Replace the district's map (operators)", description = "A GeoJSON FeatureCollection of "
            + "Polygon features with properties level (street, community, grid, building), id, name, parent. "
            + "A unit is named in the district's languages by name_zh and name_en (or names: {\"zh-CN\": …, "
            + "\"en\": …}); name alone is its English name, or its Chinese one when written in Chinese. "
            + "Rings must be closed, polygons valid, ids unique, each unit inside its parent and units of one "
            + "level must not overlap. A map with problems is refused as a whole with 422 listing "
            + "invalidFeatures [{index, id, problems}], the problems in the caller's language; a valid one becomes the next version, in force on this "
            + "instance at once and on the others within gridloop.grid-map.refresh-interval.")
    public Uni<Map<String, Object>> replace(@RequestBody(description = "The whole map; a one-street map here",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = GridMapDocument.class), examples = @ExampleObject(name = "example",
                    value = """
                            {"type": "FeatureCollection", "features": [{"type": "Feature",
                              "properties": {"level": "street", "id": "biquan", "name": "Biquan Street",
                                "name_zh": "碧泉街道", "parent": null},
                              "geometry": {"type": "Polygon", "coordinates": [[[106.2, 29.575], [106.24, 29.575],
                                [106.24, 29.605], [106.2, 29.605], [106.2, 29.575]]]}}]}"""))) JsonNode featureCollection,
            @Context HttpHeaders headers) {
        if (featureCollection == null) {
            throw ApiException.badRequest(Text.of(DispatchMessages.class, DispatchMessages::featureCollectionRequired), null);
        }
        return upload.replace(featureCollection, language.of(headers));
    }

    @GET
    @Path("/locate")
    @PermitAll
    @Operation(operationId = "locateGrid", summary = "Which street, community, grid and building contain a point")
    @APIResponse(responseCode = "200", description = "The street, community and grid (and building, if any) of the point",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "404", description = "The point is outside the district")
    public Map<String, Object> locate(@QueryParam("lat") @NotNull @DecimalMin("-90") @DecimalMax("90") Double lat,
            @QueryParam("lon") @NotNull @DecimalMin("-180") @DecimalMax("180") Double lon,
            @Context HttpHeaders headers) {
        Locale reader = language.of(headers);
        GridMap.Location location = maps.current().locate(lat, lon).orElseThrow(() -> new ApiException(404,
                "outside-district", Text.of(DispatchMessages.class, DispatchMessages::outsideDistrict),
                Text.of(DispatchMessages.class, m -> m.noGridContains(String.valueOf(lat), String.valueOf(lon))), null, null));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("street", ref(location.street(), reader));
        answer.put("community", ref(location.community(), reader));
        answer.put("grid", ref(location.grid(), reader));
        answer.put("building", ref(location.building(), reader));
        return answer;
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(operationId = "getGridUnit", summary = "One unit of the map as a GeoJSON Feature")
    public Map<String, Object> one(@PathParam("id") String id) {
        return maps.current().unit(id).map(GeoJsonView::feature)
                .orElseThrow(() -> ApiException.notFound(id));
    }

    @GET
    @Path("/{id}/workers")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(operationId = "listGridWorkers", summary = "The grid workers of a grid (the roster: operators)")
    public Uni<List<WorkerView>> workers(@PathParam("id") String id) {
        if (maps.current().unit(id).isEmpty()) {
            throw ApiException.notFound(id);
        }
        return workers.ofGrid(id);
    }

    /** A unit named in the reader's language. */
    private static Map<String, String> ref(MapUnit unit, Locale reader) {
        return unit == null ? null : Map.of("id", unit.id(), "name", unit.nameIn(reader));
    }
}
