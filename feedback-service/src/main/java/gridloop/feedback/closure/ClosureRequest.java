package gridloop.feedback.closure;

import gridloop.support.validation.MediaUrls;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/**
 * The handler's report: what was done, and how it ended ({@code outcome}, FIXED when absent; NOT_FIXABLE needs an
 * {@code outcomeReason}). {@code handledBy} is accepted for older clients and ignored: who handled it is the
 * caller's name from the token.
 */
public record ClosureRequest(
        @NotBlank @Size(max = 2000) String resolution,
        @Schema(deprecated = true, description = "Superseded by photos: links to pictures stored elsewhere, kept "
                + "for older clients") @Size(max = 5) List<@NotNull @Pattern(regexp = MediaUrls.PATTERN, message = "{gridloop.validation.httpUrl}") String> mediaUrls,
        @Schema(deprecated = true, description = "Ignored: who handled it is the caller's name from the token "
                + "(the answer's handledBy)") @Size(max = 100) String handledBy,
        ClosureOutcome outcome,
        @Size(max = 500) String outcomeReason,
        @Schema(description = "The \"after\" photos: ids of the caller's own uploads at intake (POST /api/v1/photos), "
                + "not attached yet; at most 6. Intake attaches them; any that is not the caller's upload, or is "
                + "attached already, is left out.") @Size(max = 6) List<@NotNull UUID> photos) {

    /** The photos' ids, each once. */
    public List<UUID> photosOrNone() {
        return photos == null ? List.of() : photos.stream().distinct().toList();
    }

    public ClosureOutcome outcomeOrFixed() {
        return outcome == null ? ClosureOutcome.FIXED : outcome;
    }

    /** NOT_FIXABLE says why; the others need no reason. */
    public boolean hasReasonIfNeeded() {
        return outcomeOrFixed() != ClosureOutcome.NOT_FIXABLE || (outcomeReason != null && !outcomeReason.isBlank());
    }
}
