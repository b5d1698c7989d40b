package gridloop.feedback.closure;

import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("/api/v1/appeals/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClosureResource {

    private final ClosureService service;

    ClosureResource(ClosureService service) {
        this.service = service;
    }

    @GET
    @Path("/feedback")
    @Operation(summary = "Where the appeal stands in feedback: status, closure round, reopens, how it was closed")
    public Uni<FeedbackView> feedback(@PathParam("id") UUID id) {
        return service.view(id);
    }

    @POST
    @Path("/closure")
    @Operation(summary = "The handler reports what was done")
    public Uni<FeedbackView> closure(@PathParam("id") UUID id, @NotNull @Valid ClosureRequest request) {
        return service.reportClosure(id, request);
    }

    @POST
    @Path("/rating")
    @Operation(summary = "The resident rates the result; resolved:false reopens the appeal")
    public Uni<FeedbackView> rating(@PathParam("id") UUID id, @NotNull @Valid RatingRequest request) {
        return service.rate(id, request);
    }
}
