package gridloop.intake.notification;

import java.time.Instant;
import java.util.UUID;

/** A line to write to a recipient's inbox (recipient null: a hotline caller without an account). */
record NotificationRecord(UUID id, String recipientSub, UUID appealId, String eventId, NotificationKind kind,
        Instant createdAt) {
}
