package gridloop.feedback.closure;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The resident's verdict: {@code resolved:false} reopens the appeal. */
public record RatingRequest(
        @NotNull @Min(1) @Max(5) Integer satisfaction,
        @NotNull Boolean resolved,
        @Size(max = 1000) String comment) {
}
