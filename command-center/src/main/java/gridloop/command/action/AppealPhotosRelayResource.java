package gridloop.command.action;

import gridloop.support.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The list of an appeal's photos in its details, relayed from intake ({@link PhotoRelayResource} has the photos). */
@Path("/api/v1/appeals/{id}/photos")
@RolesAllowed(Roles.OPERATOR)
public class AppealPhotosRelayResource {

    private final PhotoReads photos;

    AppealPhotosRelayResource(PhotoReads photos) {
        this.photos = photos;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "appealPhotosFromIntake", summary = "An appeal's photos (before and after), from intake")
    @APIResponse(responseCode = "200", description = "Intake's answer, as it is: the photos' ids, sizes and stages",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "503", description = "Intake did not answer",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Uni<Response> ofAppeal(@PathParam("id") UUID id) {
        return photos.ofAppeal(id);
    }

}
