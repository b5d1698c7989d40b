package gridloop.command.action;

import gridloop.support.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The choices of the page's actions, from dispatch with the operator's token: a grid's workers, the departments. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.OPERATOR)
public class DispatchChoicesResource {

    private final DispatchActions actions;

    DispatchChoicesResource(DispatchActions actions) {
        this.actions = actions;
    }

    @GET
    @Path("/grids/{gridId}/workers")
    @Operation(operationId = "gridWorkersFromDispatch", summary = "The grid's workers on dispatch's roster (whom a "
            + "task may be reassigned to)")
    @APIResponse(responseCode = "200", description = "Dispatch's answer, as it is",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "503", description = "Dispatch did not answer",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Uni<Response> workers(@PathParam("gridId") @Pattern(regexp = "[A-Za-z0-9_-]{1,64}",
            message = "{gridloop.validation.gridId}") String gridId) {
        return actions.workers(gridId);
    }

    @GET
    @Path("/departments")
    @Operation(operationId = "departmentsFromDispatch", summary = "The departments a task may be escalated to")
    @APIResponse(responseCode = "200", description = "Dispatch's answer, as it is",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "503", description = "Dispatch did not answer",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Uni<Response> departments() {
        return actions.departments();
    }
}
