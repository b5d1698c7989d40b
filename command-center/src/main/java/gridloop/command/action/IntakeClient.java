package gridloop.command.action;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * Intake's photos, read with the operator's own token ({@link OperatorToken}): intake decides who may see them and
 * logs each read. The command centre keeps no photo and no link to one.
 */
@RegisterRestClient(configKey = "intake")
@RegisterClientHeaders
@Path("/api/v1")
public interface IntakeClient {

    @GET
    @Path("/appeals/{id}/photos")
    Uni<Response> appealPhotos(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") UUID id);

    @GET
    @Path("/photos/{id}")
    Uni<Response> photo(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") UUID id);

    @GET
    @Path("/photos/{id}/thumbnail")
    Uni<Response> thumbnail(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") UUID id);
}
