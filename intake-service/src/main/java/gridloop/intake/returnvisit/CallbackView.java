package gridloop.intake.returnvisit;

import java.time.Instant;
import java.util.UUID;

/**
 * An appeal waiting for its return visit, with what the agent needs to call: the reporter's name and phone (each
 * listing is recorded as a read of the contact, purpose "return visit"), and how many calls went unanswered.
 */
public record CallbackView(UUID appealId, String reference, String category, String description, String address,
        String channel, Instant resolvedAt, Instant enteredAt, int noAnswers, String reporterName,
        String reporterPhone) {
}
