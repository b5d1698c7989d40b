package gridloop.command.action;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The registry's audited reads of personal data, as the page uses them: with the operator's own token
 * ({@link OperatorToken}), so the registry decides who may read and logs the read with its purpose. The command
 * centre's read model holds no contact.
 */
@RegisterRestClient(configKey = "registry")
@RegisterClientHeaders
@Path("/api/v1")
public interface RegistryClient {

    @GET
    @Path("/organisations/{id}/contact")
    Uni<Response> organisationContact(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("id") UUID id, @QueryParam("purpose") String purpose);

    @GET
    @Path("/buildings/{id}/households")
    Uni<Response> households(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("id") String buildingId);

    @GET
    @Path("/households/{id}/contact")
    Uni<Response> householdContact(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("id") UUID id, @QueryParam("purpose") String purpose);
}
