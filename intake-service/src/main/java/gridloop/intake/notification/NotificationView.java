package gridloop.intake.notification;

import java.time.Instant;
import java.util.UUID;

/**
 * A line of the inbox, in the reader's language: which appeal, which step ({@code kind}), what happened ({@code text},
 * the timeline's words for it), when, and whether it was read.
 */
public record NotificationView(UUID id, UUID appealId, String reference, NotificationKind kind, String text,
        Instant createdAt, boolean read) {
}
