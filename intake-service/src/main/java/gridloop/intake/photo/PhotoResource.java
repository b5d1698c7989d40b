package gridloop.intake.photo;

import gridloop.support.idempotency.IdempotencyGuard;
import gridloop.support.ratelimit.RateLimitResponsesFilter;
import gridloop.support.ratelimit.RateLimited;
import gridloop.support.security.Caller;
import gridloop.support.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.jboss.resteasy.reactive.server.Cancellable;

@Path("/api/v1")
@Cancellable(false)
public class PhotoResource {

    private static final String UPLOAD_DESCRIPTION = "A JPEG, PNG or WebP photo, recognised from its bytes (anything "
            + "else 415; HEIC is told to send JPEG), at most 10 MiB (413) and 40 megapixels by its header (422, "
            + "refused before any pixel is decoded). It is stored without EXIF (GPS above all), XMP, IPTC, maker "
            + "notes or comments; a JPEG losslessly, keeping only its orientation. Attach it within 24 h to a "
            + "submission (photos) or a closure report (photos), or it is deleted. The object store down: 503 with "
            + "Retry-After, nothing stored; send the same request with the same Idempotency-Key again.";
    private static final String READERS = "Its uploader, and once attached whoever may read the appeal (its reporter "
            + "and followers, the worker and department holding it, operators); anyone else gets 404.";

    private final PhotoService photos;
    private final Caller caller;

    PhotoResource(PhotoService photos, Caller caller) {
        this.photos = photos;
        this.caller = caller;
    }

    @RateLimited("photo")
    @Extension(name = RateLimitResponsesFilter.EXTENSION, value = "photo")
    @POST
    @Path("/photos")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.RESIDENT, Roles.HOTLINE, Roles.GRID_WORKER, Roles.DEPARTMENT})
    @Operation(operationId = "uploadPhotoForm", summary = "Upload a photo (multipart, field file)",
            description = UPLOAD_DESCRIPTION)
    @APIResponse(responseCode = "201", description = "Stored, without its metadata",
            headers = @Header(name = "Location", description = "The photo", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PhotoView.class)))
    public Uni<Response> uploadForm(@RestForm("file") @Schema(type = SchemaType.STRING, format = "binary") FileUpload file,
            @HeaderParam(IdempotencyGuard.HEADER) String idempotencyKey, @Context UriInfo uri) {
        if (file == null) {
            throw PhotoRules.noFile();
        }
        return photos.upload(file.uploadedFile(), caller.actor(), idempotencyKey).map(view -> created(view, uri));
    }

    @RateLimited("photo")
    @Extension(name = RateLimitResponsesFilter.EXTENSION, value = "photo")
    @POST
    @Path("/photos")
    @Consumes({"image/jpeg", "image/png", "image/webp", MediaType.APPLICATION_OCTET_STREAM, "image/*", "*/*"})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.RESIDENT, Roles.HOTLINE, Roles.GRID_WORKER, Roles.DEPARTMENT})
    @Operation(operationId = "uploadPhoto", summary = "Upload a photo (the raw body)", description = UPLOAD_DESCRIPTION)
    @APIResponse(responseCode = "201", description = "Stored, without its metadata",
            headers = @Header(name = "Location", description = "The photo", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PhotoView.class)))
    public Uni<Response> upload(@RequestBody(content = @Content(mediaType = "image/jpeg",
                    schema = @Schema(type = SchemaType.STRING, format = "binary"))) byte[] body,
            @HeaderParam(IdempotencyGuard.HEADER) String idempotencyKey, @Context UriInfo uri) {
        return photos.upload(body == null ? new byte[0] : body, caller.actor(), idempotencyKey)
                .map(view -> created(view, uri));
    }

    @GET
    @Path("/photos/{id}")
    @Produces({"image/jpeg", "image/png", "image/webp"})
    @RolesAllowed({Roles.RESIDENT, Roles.HOTLINE, Roles.GRID_WORKER, Roles.DEPARTMENT, Roles.OPERATOR})
    @Operation(operationId = "getPhoto", summary = "The photo, as stored (no metadata)", description = READERS)
    @APIResponse(responseCode = "200", description = "The photo", content = {
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/webp", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Uni<Response> photo(@PathParam("id") UUID id) {
        return photos.bytes(id, readerOf(caller), false).map(PhotoResource::image);
    }

    @GET
    @Path("/photos/{id}/thumbnail")
    @Produces({"image/jpeg", "image/png", "image/webp"})
    @RolesAllowed({Roles.RESIDENT, Roles.HOTLINE, Roles.GRID_WORKER, Roles.DEPARTMENT, Roles.OPERATOR})
    @Operation(operationId = "getPhotoThumbnail", summary = "The photo's thumbnail: 320 px on its longer side, upright, "
            + "JPEG (a WebP photo has none: the photo serves)", description = READERS)
    @APIResponse(responseCode = "200", description = "The thumbnail", content = {
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/webp", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Uni<Response> thumbnail(@PathParam("id") UUID id) {
        return photos.bytes(id, readerOf(caller), true).map(PhotoResource::image);
    }

    @GET
    @Path("/photos/{id}/link")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.RESIDENT, Roles.HOTLINE, Roles.GRID_WORKER, Roles.DEPARTMENT, Roles.OPERATOR})
    @Operation(operationId = "getPhotoLink", summary = "A short-lived presigned link to the photo or its thumbnail",
            description = READERS + " The link reads the object store directly, without signing in, for five "
                    + "minutes.")
    public Uni<PresignedLink> link(@PathParam("id") UUID id,
            @QueryParam("thumbnail") @DefaultValue("false") boolean thumbnail) {
        return photos.link(id, readerOf(caller), thumbnail);
    }

    /** The caller as a reader of appeals and photos. */
    static AppealReader readerOf(Caller caller) {
        return new AppealReader(caller.subject(), caller.actor(), caller.is(Roles.OPERATOR),
                caller.is(Roles.GRID_WORKER) ? caller.workerId() : java.util.Optional.empty(),
                caller.is(Roles.DEPARTMENT) ? caller.department() : java.util.Optional.empty());
    }

    private static Response created(PhotoView view, UriInfo uri) {
        return Response.status(Response.Status.CREATED).entity(view)
                .location(uri.getBaseUriBuilder().path("api/v1/photos").path(view.id().toString()).build()).build();
    }

    /** Never sniffed as anything else, kept private to the reader's own cache. */
    private static Response image(PhotoBytes photo) {
        return Response.ok(photo.bytes(), photo.mediaType()).header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, max-age=300").build();
    }
}
