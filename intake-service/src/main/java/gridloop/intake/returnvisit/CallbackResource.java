package gridloop.intake.returnvisit;

import gridloop.support.problem.PageWindow;
import gridloop.support.security.Caller;
import gridloop.support.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.jboss.resteasy.reactive.server.Cancellable;

/** The hotline's return-visit queue (回访). */
@Path("/api/v1/callbacks")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.HOTLINE, Roles.OPERATOR})
@Cancellable(false)
public class CallbackResource {

    private final ReturnVisitService visits;
    private final Caller caller;

    CallbackResource(ReturnVisitService visits, Caller caller) {
        this.visits = visits;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "callbackQueue", summary = "The appeals waiting for a return visit, oldest first",
            description = "Reported fixed and not rated after the reminder and the category's wait, or reported by "
                    + "phone through the hotline. With the reporter's name and phone: each listing is recorded as a "
                    + "read of the contact (purpose: return visit).")
    public Uni<CallbackQueue> queue(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        PageWindow.check(page, size);
        return visits.queue(caller.actor(), page, size);
    }

    @POST
    @Path("/{appealId}/calls")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordCallback", summary = "Record a return-visit call",
            description = "REACHED with the resident's verdict (satisfaction 1-5 and resolved; rated at feedback on "
                    + "their behalf, source CALLBACK, this agent the actor; 409 when it can no longer be rated), "
                    + "NO_ANSWER (the third leaves the queue) or REFUSED (leaves the queue). An appeal not in the queue "
                    + "is 404.")
    public Uni<Map<String, Object>> call(@PathParam("appealId") UUID appealId,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(
                    name = "reached", value = "{\"outcome\": \"REACHED\", \"satisfaction\": 4, \"resolved\": true, "
                            + "\"comment\": \"Fixed, but it took a week\"}")))
            @NotNull @Valid CallRequest request, @Context HttpHeaders headers) {
        return visits.call(appealId, request, caller.actor(), headers.getHeaderString(HttpHeaders.AUTHORIZATION));
    }
}
