package gridloop.dispatch.assignment;

import gridloop.support.i18n.Text;
import gridloop.dispatch.roster.WorkerRepository;
import gridloop.events.Actor;
import gridloop.events.AppealRejected;
import gridloop.loopmetrics.AppealFacts;
import gridloop.dispatch.timeline.TaskOutbox;
import gridloop.dispatch.messages.DispatchMessages;
import gridloop.support.problem.ApiException;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * An operator rejects an appeal: a duplicate of another (merged into it), abusive, not a government matter, or
 * outside the district. The task ends REJECTED, the worker's load is freed, and {@code gridloop.appeal.rejected.v1}
 * carries the reason and the note the resident sees. A duplicate must name an open appeal that is not itself merged:
 * an appeal cannot be merged into itself or into a merged one, so merges never chain or cycle.
 */
@ApplicationScoped
public class OperatorRejection {

    private final TaskRepository tasks;
    private final WorkerRepository workers;
    private final TaskOutbox outbox;
    private final Clock clock;

    OperatorRejection(TaskRepository tasks, WorkerRepository workers, TaskOutbox outbox, Clock clock) {
        this.tasks = tasks;
        this.workers = workers;
        this.outbox = outbox;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<TaskView> reject(UUID appealId, RejectionReason reason, UUID duplicateOf, String note, Actor actor) {
        if ((reason == RejectionReason.DUPLICATE) != (duplicateOf != null)) {
            throw ApiException.badRequest(Text.of(DispatchMessages.class, DispatchMessages::duplicateOfOnlyWithDuplicate),
                    ApiException.violation("duplicateOf", reason == RejectionReason.DUPLICATE
                            ? Text.of(DispatchMessages.class, DispatchMessages::duplicateOfRequired)
                            : Text.of(DispatchMessages.class, DispatchMessages::duplicateOfOnlyForDuplicate)));
        }
        if (appealId.equals(duplicateOf)) {
            throw ApiException.conflict(Text.of(DispatchMessages.class, DispatchMessages::mergeIntoItself));
        }
        return tasks.findForUpdate(appealId).chain(task -> {
            if (task == null) {
                throw ApiException.notFound(appealId);
            }
            if (!task.status.isOpen() || task.status == TaskStatus.RESOLVED) {
                throw ApiException.conflict(Text.of(DispatchMessages.class, m -> m.taskNoLongerRejected(task.status.name())));
            }
            return original(duplicateOf).chain(original -> {
                Instant now = clock.instant();
                // The operator's own words, and the original by its reference: the sentence is worded where it is read.
                String detail = note == null || note.isBlank() ? null : note;
                task.status = TaskStatus.REJECTED;
                task.mergedInto = duplicateOf;
                task.queue = null;
                task.updatedAt = now;
                return workers.releaseOne(task.assigneeId)
                        .chain(() -> outbox.append(new AppealRejected(appealId, reason.name(), detail, actor, now, duplicateOf,
                                        original == null ? null : original.reference),
                                AppealFacts.of(task.category)))
                        .replaceWith(TaskView.of(task, now));
            });
        });
    }

    /** The appeal a duplicate is merged into: it must exist, be open, and not be merged itself. */
    private Uni<Task> original(UUID duplicateOf) {
        if (duplicateOf == null) {
            return Uni.createFrom().nullItem();
        }
        return tasks.findForUpdate(duplicateOf).map(original -> {
            if (original == null) {
                throw ApiException.unprocessable("unknown-appeal", Text.of(DispatchMessages.class, DispatchMessages::unknownAppeal),
                        Text.of(DispatchMessages.class, m -> m.noAppealToMergeInto(String.valueOf(duplicateOf))),
                        ApiException.violation("duplicateOf", Text.of(DispatchMessages.class, DispatchMessages::unknownAppealField)), null);
            }
            if (original.mergedInto != null) {
                throw ApiException.conflict(Text.of(DispatchMessages.class, 
                        m -> m.alreadyMergedInto(String.valueOf(duplicateOf), String.valueOf(original.mergedInto))));
            }
            if (!original.status.isOpen()) {
                throw ApiException.conflict(Text.of(DispatchMessages.class, 
                        m -> m.onlyOpenTakesDuplicates(String.valueOf(duplicateOf), original.status.name())));
            }
            return original;
        });
    }
}
