package gridloop.intake.notification;

import gridloop.events.wording.EventWording.Wording;
import java.util.UUID;

/**
 * A message due on a channel, with what it needs at the moment it is sent: the appeal's reference, the reporter's
 * address or phone as they are now (null once erased) and language, the words of the step, and the reporter's
 * account (for the rating link's token).
 */
public record DueDelivery(long id, UUID notificationId, Channel channel, int attempts, NotificationKind kind,
        UUID appealId, String reference, String email, String phone, String language, Wording step,
        String reporterSub) {
}
