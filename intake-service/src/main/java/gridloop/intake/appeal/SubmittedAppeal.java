package gridloop.intake.appeal;

import java.time.Instant;
import java.util.UUID;

/** The 202 answer to a submission. */
public record SubmittedAppeal(UUID id, String reference, AppealStatus status, Instant submittedAt) {
}
