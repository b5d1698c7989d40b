package gridloop.dispatch.assignment;

import java.time.Instant;
import java.util.UUID;

/**
 * A task as a worker's app shows it. {@code reportInBy}: while escalated, by when the department must report in;
 * {@code reportedInAt}: when it did (null until then); {@code sendBacks}: how often a department sent it back,
 * {@code disputed} from the second time.
 */
public record TaskView(UUID appealId, String reference, String category, String gridId, String communityId,
        String assigneeId, String queue, String department, TaskStatus status, Instant acceptBy, Instant resolveBy,
        boolean overdue, int reopenCount, Instant createdAt, Instant reportInBy, Instant reportedInAt, int sendBacks,
        boolean disputed) {

    static TaskView of(Task task, Instant now) {
        return new TaskView(task.appealId, task.reference, task.category, task.gridId, task.communityId,
                task.assigneeId, task.queue, task.department, task.status, task.acceptBy, task.resolveBy,
                task.overdueAt(now), task.reopenCount, task.createdAt,
                task.status == TaskStatus.ESCALATED ? task.reportInBy : null, task.reportedInAt, task.sendBacks,
                task.disputed);
    }
}

