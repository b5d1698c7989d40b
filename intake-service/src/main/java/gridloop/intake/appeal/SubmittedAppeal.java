package gridloop.intake.appeal;

import gridloop.events.lifecycle.AppealStatus;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The 202 answer to a submission. {@code possibleDuplicates}: open appeals of the same category close by;
 * the resident may add a "me too" to one of them instead.
 */
public record SubmittedAppeal(UUID id, String reference, AppealStatus status, Instant submittedAt,
        List<NearbyAppealQueries.Ref> possibleDuplicates) {
}
