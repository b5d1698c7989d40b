package gridloop.intake.appeal;

import gridloop.support.validation.MediaUrls;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/**
 * What a resident submits. Strings are stored exactly as given. {@code facilityId} names the registry's facility the
 * appeal is about (an elevator, a street lamp): the registry marks it faulty. {@code photos} are the caller's own
 * uploads, attached once and for good.
 */
public record SubmitAppealRequest(
        @NotBlank String category,
        @NotBlank @Size(max = 2000) String description,
        @NotNull @Valid LocationInput location,
        @Schema(deprecated = true, description = "Superseded by photos: links to pictures stored elsewhere, kept "
                + "for older clients") @Size(max = 5) List<@NotNull @Pattern(regexp = MediaUrls.PATTERN, message = "{gridloop.validation.httpUrl}") String> mediaUrls,
        @Valid ReporterInput reporter,
        Channel channel,
        UUID facilityId,
        @Schema(description = "Photos uploaded by the caller (POST /api/v1/photos) and not attached yet; at most 6")
        @Size(max = 6) List<@NotNull UUID> photos) {

    public record LocationInput(
            @NotNull @DecimalMin("-90") @DecimalMax("90") Double latitude,
            @NotNull @DecimalMin("-180") @DecimalMax("180") Double longitude,
            @Size(max = 500) String address) {
    }

    public record ReporterInput(@Size(max = 100) String name, @Size(max = 32) String phone,
            @Email @Size(max = 254) String email) {
    }

    List<UUID> photosOrEmpty() {
        return photos == null ? List.of() : photos.stream().distinct().toList();
    }

    List<String> mediaUrlsOrEmpty() {
        return mediaUrls == null ? List.of() : mediaUrls;
    }

    /** HOTLINE and PATROL appeals are recorded by staff for a caller (security.md). */
    boolean namesAStaffChannel() {
        return channel == Channel.HOTLINE || channel == Channel.PATROL;
    }
}
