package gridloop.feedback.closure;

import gridloop.support.ratelimit.RateLimitResponsesFilter;
import gridloop.support.ratelimit.RateLimited;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.server.Cancellable;

/** Rating without signing in, by the link of the "please rate" message. */
@Path("/api/v1/appeals/{id}/rating-by-link")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Cancellable(false)
public class RatingLinkResource {

    private final ClosureService service;

    RatingLinkResource(ClosureService service) {
        this.service = service;
    }

    @RateLimited("rating")
    @Extension(name = RateLimitResponsesFilter.EXTENSION, value = "rating")
    @POST
    @PermitAll
    @Operation(operationId = "rateAppealByLink", summary = "The resident rates by the link of the \"please rate\" "
            + "message, without signing in", description = "The token of the link (bound to this appeal and its "
            + "reporter, valid 7 days, once) in the body. A token for another appeal, or not one GridLoop sent, is "
            + "403; an expired or used one is 410. Then the rules of the app's rating: once per closure round (409 "
            + "otherwise), resolved:false reopens. Limited as the app's rating is, per address.")
    @APIResponse(responseCode = "200", description = "Rated")
    @APIResponse(responseCode = "403", description = "Not a link GridLoop sent for this appeal",
            content = @Content(mediaType = "application/problem+json",
                    schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(ref = "Problem")))
    @APIResponse(responseCode = "410", description = "The link expired or was used",
            content = @Content(mediaType = "application/problem+json",
                    schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(ref = "Problem")))
    public Uni<FeedbackView> rate(@PathParam("id") UUID id,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(
                    name = "example", value = """
                            {"token": "r1.MTIz….c2ln…", "satisfaction": 5, "resolved": true, "comment": "Fixed quickly"}""")))
            @NotNull @Valid RatingByLinkRequest request) {
        return service.rateByLink(id, request.token(), request.rating());
    }
}
