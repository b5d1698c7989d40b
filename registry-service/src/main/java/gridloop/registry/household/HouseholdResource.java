package gridloop.registry.household;

import com.fasterxml.jackson.databind.JsonNode;
import gridloop.registry.household.HouseholdViews.Contact;
import gridloop.registry.household.HouseholdViews.Household;
import gridloop.registry.imports.JsonFields;
import gridloop.registry.imports.RecordProblems;
import gridloop.registry.imports.Versions;
import gridloop.support.problem.PageWindow;
import gridloop.support.security.Caller;
import gridloop.support.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.time.Instant;
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
public class HouseholdResource {

    private final HouseholdService service;
    private final HouseholdQueries queries;
    private final Caller caller;

    HouseholdResource(HouseholdService service, HouseholdQueries queries, Caller caller) {
        this.service = service;
        this.queries = queries;
        this.caller = caller;
    }

    @GET
    @Path("/households/{id}")
    @RolesAllowed({Roles.REGISTRAR, Roles.GRID_WORKER})
    @Operation(operationId = "getHousehold", summary = "A household, without its contact", description = "Registrars, "
            + "and the grid worker of its building's grid; 404 for anyone else. The ETag header is its version.")
    public Uni<Response> one(@PathParam("id") UUID id) {
        return service.one(id, caller).map(HouseholdResource::withETag);
    }

    @GET
    @Path("/households/{id}/contact")
    @RolesAllowed({Roles.REGISTRAR, Roles.GRID_WORKER})
    @Operation(operationId = "readHouseholdContact", summary = "A household's contact, read for a stated purpose",
            description = "Registrars, and the grid worker of its grid (404 for anyone else, and when it has no "
                    + "contact). purpose (4–200 characters) is required: who read it, when, and why is written to the "
                    + "access log (GET /api/v1/contact-reads) in the same transaction as the read.")
    public Uni<Contact> contact(@PathParam("id") UUID id, @QueryParam("purpose") String purpose) {
        return service.contact(id, Purpose.checked(purpose), caller);
    }

    @PUT
    @Path("/households/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REGISTRAR, Roles.GRID_WORKER})
    @Operation(operationId = "editHousehold", summary = "Replace a household's facts and contact", description =
            "Registrars, and the grid worker of its grid. The fields of the households import but its dwelling "
            + "(occupancy, residents, elderlyLivingAlone, disabled, leftBehindChildren, lowIncome, contactName, "
            + "contactPhone); no contact given erases the contact. If-Match with the ETag read: 412 when it changed "
            + "since, 428 without.")
    @APIResponse(responseCode = "200", description = "The household after the change, with its new ETag")
    @APIResponse(responseCode = "422",
            description = "A field breaks the households import\'s rules (violations name each)")
    public Uni<Response> edit(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @RequestBody(description = "The household's facts and contact", content = @Content(
                    mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = HouseholdEditDocument.class),
                    examples = @ExampleObject(name = "example", value = """
                            {"occupancy": "OWNER_OCCUPIED", "residents": 1, "elderlyLivingAlone": true,
                             "contactName": "陈桂兰", "contactPhone": "13800001001"}"""))) JsonNode body) {
        if (body == null || !body.isObject()) {
            throw RecordProblems.notAnObject();
        }
        return service.edit(id, ifMatch, JsonFields.of(body), caller).map(HouseholdResource::withETag);
    }

    @DELETE
    @Path("/households/{id}")
    @RolesAllowed({Roles.REGISTRAR, Roles.GRID_WORKER})
    @Operation(operationId = "eraseHousehold", summary = "Erase a household and its people", description =
            "Registrars, and the grid worker of its grid. The household and its contact are deleted; the access "
            + "log keeps that it was read, never what. Answers 204.")
    @APIResponse(responseCode = "204", description = "Erased")
    public Uni<Response> erase(@PathParam("id") UUID id) {
        return service.erase(id, caller).replaceWith(Response.noContent().build());
    }

    @GET
    @Path("/contact-reads")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(operationId = "listContactReads", summary = "The access log of contacts", description = "Operators. "
            + "Every read of a household's or an organisation's contact: who (token subject and role), when, which "
            + "record, and the purpose given; newest first. Narrow by record, reader and [from, to).")
    public Uni<Map<String, Object>> reads(@QueryParam("record") @Size(max = 64) String record,
            @QueryParam("reader") @Size(max = 200) String reader, @QueryParam("from") Instant from,
            @QueryParam("to") Instant to, @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        PageWindow.check(page, size);
        return queries.reads(record, reader, from, to, page, size)
                .map(items -> Map.<String, Object>of("items", items, "page", page, "size", size));
    }

    private static Response withETag(Household household) {
        return Response.ok(household).header(HttpHeaders.ETAG, Versions.etag(household.version())).build();
    }
}
