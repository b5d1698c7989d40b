package gridloop.feedback.closure;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The resident's verdict with the token of their "please rate" link (in the body: a path or query would be logged). */
public record RatingByLinkRequest(
        @NotBlank @Size(max = 512) String token,
        @NotNull @Min(1) @Max(5) Integer satisfaction,
        @NotNull Boolean resolved,
        @Size(max = 1000) String comment) {

    RatingRequest rating() {
        return new RatingRequest(satisfaction, resolved, comment);
    }
}
