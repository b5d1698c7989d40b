package gridloop.feedback.appeal;

import gridloop.events.AppealAccepted;
import gridloop.events.AppealAssigned;
import gridloop.events.AppealEscalated;
import gridloop.events.AppealEvent;
import gridloop.events.AppealReassigned;
import gridloop.events.AppealRecategorized;
import gridloop.events.AppealSentBack;
import gridloop.events.AppealRejected;
import gridloop.events.AppealSubmitted;
import gridloop.events.AppealSupported;
import gridloop.events.AppealWithdrawn;
import gridloop.feedback.department.DepartmentPartProjector;
import gridloop.support.inbox.IncomingEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Keeps feedback's view of each appeal from intake's and dispatch's events. Facts (category, grid,
 * deadlines, times) are recorded whenever they arrive; the status only moves forward, so an assignment
 * that arrives after a closure was reported does not undo it.
 */
@ApplicationScoped
public class AppealViewProjector {

    private final AppealRecordRepository appeals;
    private final DepartmentPartProjector departmentParts;
    private final MergedAppeals merged;

    AppealViewProjector(AppealRecordRepository appeals, DepartmentPartProjector departmentParts, MergedAppeals merged) {
        this.appeals = appeals;
        this.departmentParts = departmentParts;
        this.merged = merged;
    }

    public Uni<Void> apply(IncomingEvent incoming) {
        // A "me too" changes nothing feedback evaluates.
        if (!(incoming.payload() instanceof AppealEvent event) || event instanceof AppealSupported) {
            return Uni.createFrom().voidItem();
        }
        return appeals.findOrCreateForUpdate(event.appealId(), event.occurredAt())
                .invoke(record -> project(record, event))
                .call(record -> event instanceof AppealRejected rejected && rejected.mergesInto()
                        ? merged.closeIfOriginalClosed(record) : Uni.createFrom().voidItem())
                .chain(() -> departmentParts.apply(event));
    }

    static void project(AppealRecord record, AppealEvent event) {
        if (event instanceof AppealSubmitted submitted) {
            record.reference = submitted.reference();
            record.reporterRef = submitted.reporter();
            record.category = submitted.category();
            record.submittedAt = submitted.occurredAt();
        } else if (event instanceof AppealAssigned assigned) {
            if (assigned.street() != null) {
                record.streetId = assigned.street().id();
                record.streetName = assigned.street().name();
            }
            record.communityId = assigned.community().id();
            record.communityName = assigned.community().name();
            record.gridId = assigned.grid().id();
            record.gridName = assigned.grid().name();
            record.assigneeId = assigned.assigneeId();
            record.assigneeName = assigned.assigneeName();
            record.assignedAt = assigned.occurredAt();
            record.acceptBy = assigned.acceptBy();
            record.resolveBy = assigned.resolveBy();
            moveTo(record, FeedbackStatus.ASSIGNED);
        } else if (event instanceof AppealAccepted accepted) {
            record.acceptedAt = record.acceptedAt == null ? accepted.occurredAt() : record.acceptedAt;
            moveTo(record, FeedbackStatus.ACCEPTED);
        } else if (event instanceof AppealEscalated escalated) {
            record.department = escalated.department();
            record.departmentName = escalated.departmentName();
            moveTo(record, FeedbackStatus.ESCALATED);
        } else if (event instanceof AppealRecategorized recategorized) {
            record.category = recategorized.category();
        } else if (event instanceof AppealSentBack) {
            // The department said "not ours": it no longer answers for the appeal, nor may it report its closure.
            record.department = null;
            record.departmentName = null;
        } else if (event instanceof AppealReassigned reassigned) {
            if (reassigned.grid() != null) {
                record.gridId = reassigned.grid().id();
                record.gridName = reassigned.grid().name();
            }
            record.assigneeId = reassigned.assigneeId();
            record.assigneeName = reassigned.assigneeName();
        } else if (event instanceof AppealWithdrawn) {
            if (!record.status.isFinal()) {
                record.status = FeedbackStatus.WITHDRAWN;
            }
        } else if (event instanceof AppealRejected rejected) {
            if (!record.status.isFinal()) {
                record.status = FeedbackStatus.REJECTED;
            }
            if (rejected.mergesInto()) {
                record.mergedInto = rejected.duplicateOf();
            }
        }
        if (record.updatedAt == null || event.occurredAt().isAfter(record.updatedAt)) {
            record.updatedAt = event.occurredAt();
        }
    }

    /** Dispatch's steps move the status only before the first closure, and only forward. */
    private static void moveTo(AppealRecord record, FeedbackStatus next) {
        if (record.status.beforeClosure() && next.ordinal() > record.status.ordinal()) {
            record.status = next;
        }
    }
}
