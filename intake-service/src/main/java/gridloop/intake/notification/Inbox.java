package gridloop.intake.notification;

import java.util.List;

/** One page of the caller's own notifications, newest first, and how many of all of them are unread. */
public record Inbox(List<NotificationView> items, long unread, int page, int size) {
}
