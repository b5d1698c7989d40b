package gridloop.registry.building;

import com.fasterxml.jackson.databind.JsonNode;
import gridloop.registry.building.BuildingViews.Card;
import gridloop.registry.household.HouseholdService;
import gridloop.registry.household.HouseholdViews.Household;
import gridloop.registry.imports.Box;
import gridloop.registry.imports.JsonFields;
import gridloop.registry.imports.RecordProblems;
import gridloop.registry.imports.Versions;
import gridloop.support.problem.ApiException;
import gridloop.support.problem.PageWindow;
import gridloop.support.security.Caller;
import gridloop.support.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.jboss.resteasy.reactive.server.Cancellable;

@Path("/api/v1/buildings")
@Produces(MediaType.APPLICATION_JSON)
@Cancellable(false)
public class BuildingResource {

    private final BuildingService service;
    private final BuildingQueries queries;
    private final HouseholdService households;
    private final Caller caller;

    BuildingResource(BuildingService service, BuildingQueries queries, HouseholdService households, Caller caller) {
        this.service = service;
        this.queries = queries;
        this.households = households;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.OPERATOR, Roles.REGISTRAR, Roles.GRID_WORKER, Roles.DEPARTMENT, Roles.HOTLINE})
    @Operation(operationId = "findBuildings", summary = "Buildings in a viewport, or found by address or code",
            description = "bbox=south,west,north,east (at most 0.2° a side) and/or q, words that the estate, "
                    + "address, number or code must all hold (\"鸿康皓宇 3栋\"). Each with its households and "
                    + "residents (counts) and open appeals. Ordered by code, paged.")
    public Uni<Map<String, Object>> find(@QueryParam("bbox") String bbox, @QueryParam("q") @Size(max = 100) String q,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        PageWindow.check(page, size);
        double[] box = Box.parse(bbox);
        return queries.find(box, q, page, size).map(items -> Map.of("items", items, "page", page, "size", size));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OPERATOR, Roles.REGISTRAR, Roles.GRID_WORKER, Roles.DEPARTMENT, Roles.HOTLINE})
    @Operation(operationId = "getBuilding", summary = "A building's card", description = "Its address and code, "
            + "floors, entrances and dwellings, households and residents (counts), the organisations that cover it, "
            + "its facilities with their status, and its appeals (open, and submitted in the last 90 days). Care-group "
            + "counts (careGroups) only for operators, registrars and the grid worker of its grid; null for others. "
            + "The ETag header is its version, for If-Match on PUT.")
    public Uni<Response> card(@PathParam("id") String id) {
        return service.card(id, caller).map(BuildingResource::withETag);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REGISTRAR)
    @Operation(operationId = "editBuilding", summary = "Replace a building's facts", description = "Registrars. "
            + "The fields of the buildings import (estate, address, number, floors, entrances, dwellings, yearBuilt, "
            + "use, propertyCompany, latitude, longitude; grid for a building the map has not drawn). If-Match with "
            + "the ETag of the version read: 412 when it changed since, 428 without.")
    @APIResponse(responseCode = "200", description = "The building's card after the change, with its new ETag")
    @APIResponse(responseCode = "422",
            description = "A field breaks the buildings import\'s rules (violations name each)")
    public Uni<Response> edit(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @RequestBody(description = "The building's facts", content = @Content(
                    mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = BuildingEditDocument.class),
                    examples = @ExampleObject(name = "example", value = """
                            {"estate": "鸿康皓宇小区", "address": "重庆市璧山区碧泉街道鸿康皓宇小区3栋", "number": "3栋",
                             "floors": 18, "entrances": 2, "dwellings": 144, "yearBuilt": 2012, "use": "RESIDENTIAL",
                             "propertyCompany": "ORG-HY-PM"}"""))) JsonNode body) {
        if (body == null || !body.isObject()) {
            throw RecordProblems.notAnObject();
        }
        return service.edit(id, ifMatch, JsonFields.of(body), caller).map(BuildingResource::withETag);
    }

    @GET
    @Path("/{id}/households")
    @RolesAllowed({Roles.REGISTRAR, Roles.GRID_WORKER})
    @Operation(operationId = "listHouseholds", summary = "A building's households, without their contacts",
            description = "Registrars, and the grid worker of the building's grid (404 for any other worker). "
                    + "Each household's contact is read on its own, with a purpose that the access log keeps.")
    public Uni<List<Household>> households(@PathParam("id") String id) {
        return queries.gridOf(id).chain(grid -> households.ofBuilding(id,
                grid.orElseThrow(() -> ApiException.notFound(id)), caller));
    }

    private static Response withETag(Card card) {
        return Response.ok(card).header(HttpHeaders.ETAG, Versions.etag(card.version())).build();
    }
}
