package gridloop.intake.photo;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A photo as its readers see it: what it is and where to get it. {@code url} and {@code thumbnailUrl} are this API's
 * paths (a signed-in GET); {@code /link} hands out a short-lived presigned link instead. {@code stage} is
 * {@code SUBMISSION} (the resident's "before"), {@code CLOSURE} (the handler's "after") or null while unattached.
 */
public record PhotoView(UUID id, @Schema(examples = "image/jpeg") String mediaType, long sizeBytes, int width,
        int height, String stage, Instant uploadedAt, String url, String thumbnailUrl) {

    public static final String PATH = "/api/v1/photos/";

    public static PhotoView of(Photo photo) {
        return new PhotoView(photo.id, photo.mediaType, photo.sizeBytes, photo.width, photo.height, photo.stage,
                photo.uploadedAt, PATH + photo.id, PATH + photo.id + "/thumbnail");
    }
}
