package gridloop.feedback.closure;

import org.jboss.resteasy.reactive.server.Cancellable;
import jakarta.annotation.security.RolesAllowed;
import gridloop.support.security.Roles;
import gridloop.support.security.Caller;
import gridloop.support.idempotency.IdempotencyGuard;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import gridloop.support.ratelimit.RateLimitResponsesFilter;
import gridloop.support.ratelimit.RateLimited;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

@Path("/api/v1/appeals/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
// A request whose caller hangs up still runs to its end: cancelled mid-transaction, Hibernate Reactive closed the
// session under a statement in flight and the error had nowhere to go (docs/events-and-guarantees.md).
@Cancellable(false)
public class ClosureResource {

    private final ClosureService service;
    private final Caller caller;

    ClosureResource(ClosureService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @Path("/feedback")
    @RolesAllowed({Roles.RESIDENT, Roles.HOTLINE, Roles.GRID_WORKER, Roles.DEPARTMENT, Roles.OPERATOR})
    @Operation(operationId = "getFeedback", summary = "Where the appeal stands in feedback: status, closure round, "
            + "reopens, how it was closed", description = "Its reporter, its assignee, the department it was escalated "
            + "to, or an operator; anyone else gets 404.")
    public Uni<FeedbackView> feedback(@PathParam("id") UUID id) {
        return service.view(id, FeedbackAccess.of(caller));
    }

    @POST
    @Path("/closure")
    @RolesAllowed({Roles.GRID_WORKER, Roles.DEPARTMENT, Roles.OPERATOR})
    @Operation(operationId = "reportClosure", summary = "The handler reports what was done", description = "By the "
            + "assignee, the department it was escalated to, or an operator (404 for anyone else or an unknown "
            + "appeal); handledBy is the caller's name from the token (a handledBy in the body is ignored). Allowed "
            + "for an assigned, accepted, escalated or reopened appeal (409 otherwise). Publishes "
            + "gridloop.appeal.resolved.v1 and opens a rating round for the resident. With an Idempotency-Key, a "
            + "retry of the same body returns the first answer and reports nothing twice.")
    public Uni<FeedbackView> closure(@PathParam("id") UUID id,
            @HeaderParam(IdempotencyGuard.HEADER) String idempotencyKey,
            @RequestBody(description = "What was done, with photos", content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "example", value = """
                            {"resolution": "Replaced the table top", "mediaUrls": ["https://media.example.org/fixed.jpg"]}""")))
            @NotNull @Valid ClosureRequest request) {
        return service.reportClosure(id, request, FeedbackAccess.of(caller), idempotencyKey);
    }

    @RateLimited("rating")
    @Extension(name = RateLimitResponsesFilter.EXTENSION, value = "rating")
    @POST
    @Path("/rating")
    @RolesAllowed({Roles.RESIDENT, Roles.HOTLINE})
    @Operation(operationId = "rateAppeal", summary = "The resident rates the result; resolved:false reopens the appeal",
            description = "Only by its reporter (the account that submitted it; 404 for anyone else). Once per "
            + "closure round (409 otherwise). resolved:true publishes rated then closed; resolved:false publishes "
            + "rated then reopened, and dispatch takes the appeal back. Unrated closures close by themselves after "
            + "the rating window (7 days) and count as unrated. With an Idempotency-Key, a retry of the same body "
            + "returns the first answer instead of a 409.")
    public Uni<FeedbackView> rating(@PathParam("id") UUID id,
            @HeaderParam(IdempotencyGuard.HEADER) String idempotencyKey,
            @RequestBody(description = "The resident's verdict", content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "example", value = """
                            {"satisfaction": 5, "resolved": true, "comment": "Fixed within a day"}""")))
            @NotNull @Valid RatingRequest request) {
        return service.rate(id, request, FeedbackAccess.of(caller), idempotencyKey);
    }

    @POST
    @Path("/rating-on-behalf")
    @RolesAllowed({Roles.HOTLINE, Roles.OPERATOR})
    @Operation(operationId = "rateAppealOnBehalf", summary = "A return visit (回访): the verdict the resident gave the "
            + "hotline on the phone", description = "Recorded with the agent as the actor and source CALLBACK (intake's "
            + "return-visit queue sends it when the agent records a call as REACHED). The app's rules: the appeal "
            + "resolved (409 otherwise), once per closure round; resolved:false reopens it.")
    public Uni<FeedbackView> ratingOnBehalf(@PathParam("id") UUID id,
            @RequestBody(description = "The resident's verdict, as the agent heard it", content = @Content(
                    mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "example", value = """
                            {"satisfaction": 4, "resolved": true, "comment": "Said it was fixed the next day"}""")))
            @NotNull @Valid RatingRequest request) {
        return service.rateOnBehalf(id, request, caller.actor(), caller.displayName());
    }
}
