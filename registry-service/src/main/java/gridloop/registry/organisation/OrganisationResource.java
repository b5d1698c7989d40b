package gridloop.registry.organisation;

import com.fasterxml.jackson.databind.JsonNode;
import gridloop.registry.household.Purpose;
import gridloop.registry.imports.JsonFields;
import gridloop.registry.imports.RecordProblems;
import gridloop.registry.imports.Versions;
import gridloop.registry.organisation.OrganisationQueries.Organisation;
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
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.jboss.resteasy.reactive.server.Cancellable;

@Path("/api/v1/organisations")
@Produces(MediaType.APPLICATION_JSON)
@Cancellable(false)
public class OrganisationResource {

    private final OrganisationService service;
    private final OrganisationQueries queries;
    private final Caller caller;

    OrganisationResource(OrganisationService service, OrganisationQueries queries, Caller caller) {
        this.service = service;
        this.queries = queries;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.OPERATOR, Roles.REGISTRAR, Roles.GRID_WORKER, Roles.DEPARTMENT, Roles.HOTLINE})
    @Operation(operationId = "listOrganisations", summary = "Organisations, by type or found by name or code",
            description = "Party organisations (street working committee, community committee, branch, building "
                    + "party group), owners' committees, property companies, volunteer teams, shops and enterprises, "
                    + "with what they cover and their members. Their contact is read on its own, with a purpose.")
    public Uni<Map<String, Object>> list(@QueryParam("type") OrganisationType type,
            @QueryParam("q") @Size(max = 100) String q, @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        PageWindow.check(page, size);
        return queries.list(type == null ? null : type.name(), q == null || q.isBlank() ? null : q, page, size)
                .map(items -> Map.<String, Object>of("items", items, "page", page, "size", size));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OPERATOR, Roles.REGISTRAR, Roles.GRID_WORKER, Roles.DEPARTMENT, Roles.HOTLINE})
    @Operation(operationId = "getOrganisation", summary = "An organisation", description = "The ETag header is its "
            + "version, for If-Match on PUT.")
    public Uni<Response> one(@PathParam("id") UUID id) {
        return service.one(id).map(OrganisationResource::withETag);
    }

    @GET
    @Path("/{id}/contact")
    @RolesAllowed({Roles.OPERATOR, Roles.REGISTRAR})
    @Operation(operationId = "readOrganisationContact", summary = "An organisation's contact, read for a stated "
            + "purpose", description = "Operators and registrars. purpose (4–200 characters) is required and is "
            + "written to the access log with who read it and when. 404 when it has no contact.")
    public Uni<OrganisationService.Contact> contact(@PathParam("id") UUID id, @QueryParam("purpose") String purpose) {
        return service.contact(id, Purpose.checked(purpose), caller);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REGISTRAR)
    @Operation(operationId = "editOrganisation", summary = "Replace an organisation's facts", description =
            "Registrars. The fields of the organisations import but its code. If-Match with the ETag read: 412 when "
            + "it changed since, 428 without.")
    @APIResponse(responseCode = "200", description = "The organisation after the change, with its new ETag")
    @APIResponse(responseCode = "422",
            description = "A field breaks the organisations import\'s rules (violations name each)")
    public Uni<Response> edit(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @RequestBody(description = "The organisation's facts", content = @Content(
                    mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OrganisationEditDocument.class),
                    examples = @ExampleObject(name = "example", value = """
                            {"type": "VOLUNTEER_TEAM", "name": "鸿康皓宇平安巡逻队", "parent": "ORG-HY-CLUB",
                             "members": 35, "units": ["haoyu-g1", "haoyu-g2", "haoyu-g3"]}"""))) JsonNode body) {
        if (body == null || !body.isObject()) {
            throw RecordProblems.notAnObject();
        }
        return service.edit(id, ifMatch, JsonFields.of(body)).map(OrganisationResource::withETag);
    }

    private static Response withETag(Organisation organisation) {
        return Response.ok(organisation).header(HttpHeaders.ETAG, Versions.etag(organisation.version())).build();
    }
}
