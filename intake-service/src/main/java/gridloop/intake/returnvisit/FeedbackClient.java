package gridloop.intake.returnvisit;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * Feedback, where ratings live: a reached resident's verdict goes there with the agent's own token, so feedback's
 * rules decide and the agent is the actor.
 */
@RegisterRestClient(configKey = "feedback")
@Path("/api/v1/appeals")
public interface FeedbackClient {

    @POST
    @Path("/{id}/rating-on-behalf")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Response> rateOnBehalf(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") UUID id,
            Map<String, Object> rating);
}
