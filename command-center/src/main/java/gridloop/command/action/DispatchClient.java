package gridloop.command.action;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * Dispatch's public API, as the page's actions use it. Every call carries the operator's own bearer token
 * ({@link OperatorToken}), never a service account's, so dispatch decides, checks and records who did it.
 * Answers of every status come back as they are (the default exception mapper is off), to be relayed.
 */
@RegisterRestClient(configKey = "dispatch")
@RegisterClientHeaders // the operator's Accept-Language goes on (propagateHeaders), so dispatch answers in it
@Path("/api/v1")
public interface DispatchClient {

    @POST
    @Path("/tasks/{appealId}/reassign")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Response> reassign(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("appealId") UUID appealId, JsonNode request);

    @POST
    @Path("/tasks/{appealId}/escalate")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Response> escalate(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("appealId") UUID appealId, JsonNode request);

    @GET
    @Path("/grids/{gridId}/workers")
    Uni<Response> workers(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("gridId") String gridId);

    @GET
    @Path("/departments")
    Uni<Response> departments(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);
}
