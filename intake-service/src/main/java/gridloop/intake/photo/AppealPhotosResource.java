package gridloop.intake.photo;

import gridloop.support.security.Caller;
import gridloop.support.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.server.Cancellable;

/** An appeal's photos, for the handler's task view and the command centre (the resident has them on the appeal). */
@Path("/api/v1/appeals/{id}/photos")
@Produces(MediaType.APPLICATION_JSON)
@Cancellable(false)
public class AppealPhotosResource {

    private final PhotoService photos;
    private final Caller caller;

    AppealPhotosResource(PhotoService photos, Caller caller) {
        this.photos = photos;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.RESIDENT, Roles.HOTLINE, Roles.GRID_WORKER, Roles.DEPARTMENT, Roles.OPERATOR})
    @Operation(operationId = "appealPhotos", summary = "An appeal's photos: the submission's, then the closure "
            + "reports'", description = "For whoever may read the appeal (its reporter and followers, the worker "
                    + "and department holding it, operators); anyone else gets 404.")
    public Uni<List<PhotoView>> ofAppeal(@PathParam("id") UUID appealId) {
        return photos.ofAppeal(appealId, PhotoResource.readerOf(caller));
    }
}
