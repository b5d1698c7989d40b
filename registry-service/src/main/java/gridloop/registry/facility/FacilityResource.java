package gridloop.registry.facility;

import com.fasterxml.jackson.databind.JsonNode;
import gridloop.events.catalogue.FacilityClassCatalogue;
import gridloop.registry.facility.FacilityQueries.Appeal;
import gridloop.registry.facility.FacilityQueries.Facility;
import gridloop.registry.imports.Box;
import gridloop.registry.imports.JsonFields;
import gridloop.registry.imports.RecordProblems;
import gridloop.registry.imports.Versions;
import gridloop.support.i18n.RequestLanguage;
import gridloop.support.problem.PageWindow;
import gridloop.support.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.jboss.resteasy.reactive.server.Cancellable;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Cancellable(false)
public class FacilityResource {

    /** A component class for a reader: its code, major class, name in the reader's language, and whether local. */
    public record FacilityClassView(String code, String major, String name, boolean local) {
    }

    private final FacilityService service;
    private final FacilityQueries queries;
    private final RequestLanguage language;

    FacilityResource(FacilityService service, FacilityQueries queries, RequestLanguage language) {
        this.service = service;
        this.queries = queries;
        this.language = language;
    }

    @GET
    @Path("/facility-classes")
    @RolesAllowed({Roles.RESIDENT, Roles.OPERATOR, Roles.REGISTRAR, Roles.GRID_WORKER, Roles.DEPARTMENT,
            Roles.HOTLINE})
    @Operation(operationId = "listFacilityClasses", summary = "The component classes of facilities",
            description = "After GB/T 30428.2: 4 digits, the major class then the minor class; local ones are the "
                    + "street's own additions. Named in the reader's language.")
    public List<FacilityClassView> classes(@Context HttpHeaders headers) {
        Locale reader = language.of(headers);
        return FacilityClassCatalogue.all().stream().map(c -> new FacilityClassView(c.code(), c.major(),
                c.nameIn(reader.toLanguageTag()), c.local())).toList();
    }

    @GET
    @Path("/facilities")
    @RolesAllowed({Roles.OPERATOR, Roles.REGISTRAR, Roles.GRID_WORKER, Roles.DEPARTMENT, Roles.HOTLINE})
    @Operation(operationId = "findFacilities", summary = "Facilities in a viewport, of a class, in a status",
            description = "bbox=south,west,north,east (at most 0.2° a side). Each with its status and how many "
                    + "appeals named it in the last 90 days (faultsInWindow). Ordered by code, paged.")
    public Uni<Map<String, Object>> find(@QueryParam("bbox") String bbox,
            @QueryParam("class") @Pattern(regexp = "[0-9]{4}") String classCode,
            @QueryParam("status") FacilityStatus status, @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("200") @Min(1) @Max(1000) int size) {
        PageWindow.check(page, size);
        return queries.find(Box.parse(bbox), classCode, status == null ? null : status.name(),
                        service.windowStart(), page, size)
                .map(items -> Map.<String, Object>of("items", items, "page", page, "size", size));
    }

    @GET
    @Path("/facilities/{id}")
    @RolesAllowed({Roles.OPERATOR, Roles.REGISTRAR, Roles.GRID_WORKER, Roles.DEPARTMENT, Roles.HOTLINE})
    @Operation(operationId = "getFacility", summary = "A facility, with its repeat faults", description = "The ETag "
            + "header is its version, for If-Match on PUT.")
    public Uni<Response> one(@PathParam("id") UUID id) {
        return service.one(id).map(FacilityResource::withETag);
    }

    @GET
    @Path("/facilities/{id}/appeals")
    @RolesAllowed({Roles.OPERATOR, Roles.REGISTRAR, Roles.GRID_WORKER, Roles.DEPARTMENT, Roles.HOTLINE})
    @Operation(operationId = "listFacilityAppeals", summary = "The appeals that named a facility, newest first")
    public Uni<List<Appeal>> appeals(@PathParam("id") UUID id) {
        return service.one(id).chain(facility -> queries.appeals(id));
    }

    @PUT
    @Path("/facilities/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REGISTRAR)
    @Operation(operationId = "editFacility", summary = "Replace a facility's facts, or set its status",
            description = "Registrars. The fields of the facilities import but its code; a status set here (e.g. "
                    + "UNDER_REPAIR, RETIRED) stands until an appeal moves it. If-Match with the ETag read: 412 "
                    + "when it changed since, 428 without.")
    @APIResponse(responseCode = "200", description = "The facility after the change, with its new ETag")
    @APIResponse(responseCode = "422",
            description = "A field breaks the facilities import\'s rules (violations name each)")
    public Uni<Response> edit(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @RequestBody(description = "The facility's facts, or a status", content = @Content(
                    mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = FacilityEditDocument.class),
                    examples = @ExampleObject(name = "example", value = """
                            {"class": "0601", "name": "鸿康皓宇小区1栋1单元电梯", "building": "haoyu-g1-b1", "floor": 1,
                             "maintainer": "ORG-LIFT", "department": "HOUSING", "status": "UNDER_REPAIR"}""")))
            JsonNode body) {
        if (body == null || !body.isObject()) {
            throw RecordProblems.notAnObject();
        }
        return service.edit(id, ifMatch, JsonFields.of(body)).map(FacilityResource::withETag);
    }

    private static Response withETag(Facility facility) {
        return Response.ok(facility).header(HttpHeaders.ETAG, Versions.etag(facility.version())).build();
    }
}
