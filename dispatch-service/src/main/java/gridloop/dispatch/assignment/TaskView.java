package gridloop.dispatch.assignment;

import gridloop.dispatch.timeline.TaskTimeline;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A task as a worker's app shows it: what the resident reported and where ({@code description}, {@code location},
 * {@code photos}, {@code mediaUrls}, {@code channel}; only those who may read the task see it), and the task's own
 * state. {@code photos} are the ids of the resident's photos: the holder reads each at intake's
 * {@code GET /api/v1/photos/{id}} with its own token
 * ({@code mediaUrls}, links to pictures stored elsewhere, is superseded by them).
 * {@code reportInBy}: while escalated, by when the department must report in; {@code reportedInAt}: when it did
 * (absent until then); {@code sendBacks}: how often a department sent it back, {@code disputed} from the second time.
 * {@code supporters}: residents who support it besides the reporter; {@code timeline}: every event of the appeal so far,
 * oldest first, as it was published (one task's answer only).
 * The reporter's contact is not here: the holder reads it from intake, with a purpose (GET /api/v1/appeals/{id}/contact).
 */
public record TaskView(UUID appealId, String reference, String category, String gridId, String communityId,
        String assigneeId, String queue, String department, TaskStatus status, Instant acceptBy, Instant resolveBy,
        boolean overdue, int reopenCount, Instant createdAt, Instant reportInBy, Instant reportedInAt, int sendBacks,
        boolean disputed, String description, TaskLocation location, List<String> mediaUrls, String channel,
        int supporters, List<TaskTimeline.Step> timeline, List<UUID> photos) {

    /** Where the problem is: the point the resident gave and its address, if they gave one. */
    public record TaskLocation(double latitude, double longitude, String address) {
    }

    static TaskView of(Task task, Instant now) {
        return new TaskView(task.appealId, task.reference, task.category, task.gridId, task.communityId,
                task.assigneeId, task.queue, task.department, task.status, task.acceptBy, task.resolveBy,
                task.overdueAt(now), task.reopenCount, task.createdAt,
                task.status == TaskStatus.ESCALATED ? task.reportInBy : null, task.reportedInAt, task.sendBacks,
                task.disputed, task.description,
                task.latitude == null ? null : new TaskLocation(task.latitude, task.longitude, task.address),
                task.mediaUrls == null || task.mediaUrls.isEmpty() ? null : task.mediaUrls, task.channel,
                task.supporters, null, task.photoIds == null || task.photoIds.isEmpty() ? null
                        : task.photoIds.stream().map(UUID::fromString).toList());
    }

    /** The same view with the task's timeline (one task's answer; lists and actions leave it out). */
    TaskView withTimeline(List<TaskTimeline.Step> steps) {
        return new TaskView(appealId, reference, category, gridId, communityId, assigneeId, queue, department, status,
                acceptBy, resolveBy, overdue, reopenCount, createdAt, reportInBy, reportedInAt, sendBacks, disputed,
                description, location, mediaUrls, channel, supporters, steps, photos);
    }
}

