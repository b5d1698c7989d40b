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

/**
 * The photos in an appeal's details: intake keeps them and decides who sees them, so each request is relayed with
 * the operator's token and intake's answer comes back as it is (a photo byte for byte, a refusal as problem+json).
 */
@Path("/api/v1/photos")
@RolesAllowed(Roles.OPERATOR)
public class PhotoRelayResource {

    private final PhotoReads photos;

    PhotoRelayResource(PhotoReads photos) {
        this.photos = photos;
    }

    @GET
    @Path("/{id}")
    @Produces({"image/jpeg", "image/png", "image/webp"})
    @Operation(operationId = "photoFromIntake", summary = "A photo, from intake (no metadata)")
    @APIResponse(responseCode = "200", description = "The photo", content = {
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/webp", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "503", description = "Intake did not answer",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Uni<Response> photo(@PathParam("id") UUID id) {
        return photos.photo(id, false);
    }

    @GET
    @Path("/{id}/thumbnail")
    @Produces({"image/jpeg", "image/webp"})
    @Operation(operationId = "photoThumbnailFromIntake", summary = "A photo's thumbnail, from intake")
    @APIResponse(responseCode = "200", description = "The thumbnail", content = {
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/webp", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "503", description = "Intake did not answer",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Uni<Response> thumbnail(@PathParam("id") UUID id) {
        return photos.photo(id, true);
    }
}
