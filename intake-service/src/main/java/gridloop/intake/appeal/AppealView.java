package gridloop.intake.appeal;

import gridloop.events.lifecycle.AppealStatus;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The appeal as the resident sees it. The reporter's own contact details are not echoed back. {@code mergedInto}
 * is the original a duplicate was merged into: its reporter and supporters follow that one (GET it by this id).
 */
public record AppealView(UUID id, String reference, String category, String description, LocationView location,
        List<String> mediaUrls, String channel, AppealStatus status, boolean overdue, int supporters, GridView grid,
        String assigneeName, String departmentName, Instant submittedAt, List<TimelineItem> timeline,
        UUID mergedInto) {

    public record LocationView(double latitude, double longitude, String address) {
    }

    public record GridView(String id, String name) {
    }

    public record TimelineItem(String type, String status, Instant at, String text) {
        static TimelineItem of(TimelineEntry entry) {
            return new TimelineItem(entry.eventType, entry.status, entry.occurredAt, entry.text);
        }
    }

    static AppealView of(Appeal appeal, List<TimelineEntry> timeline) {
        return new AppealView(appeal.id, appeal.reference, appeal.category, appeal.description,
                new LocationView(appeal.latitude, appeal.longitude, appeal.address), appeal.mediaUrls,
                appeal.channel.name(), appeal.status, appeal.overdue, appeal.supporters,
                appeal.gridId == null ? null : new GridView(appeal.gridId, appeal.gridName),
                appeal.assigneeName, appeal.departmentName, appeal.submittedAt,
                timeline.stream().map(TimelineItem::of).toList(), appeal.mergedInto);
    }
}
