package gridloop.intake.returnvisit;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** One return-visit call: how it went and, when the resident was reached, their verdict as the agent heard it. */
public record CallRequest(@NotNull CallOutcome outcome, @Min(1) @Max(5) Integer satisfaction, Boolean resolved,
        @Size(max = 1000) String comment) {

    boolean hasVerdict() {
        return satisfaction != null && resolved != null;
    }
}
