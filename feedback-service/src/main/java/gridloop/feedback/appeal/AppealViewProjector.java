package gridloop.feedback.appeal;

import gridloop.events.GridUnit;
import gridloop.feedback.evaluation.UnitNameStatements;
import java.util.List;
import gridloop.events.AppealAccepted;
import gridloop.events.AppealAssigned;
import gridloop.events.AppealClosed;
import gridloop.events.AppealEscalated;
import gridloop.events.AppealEvent;
import gridloop.events.AppealReassigned;
import gridloop.events.AppealRecategorized;
import gridloop.events.AppealSentBack;
import gridloop.events.AppealRejected;
import gridloop.events.AppealReopened;
import gridloop.events.AppealResolved;
import gridloop.events.AppealSubmitted;
import gridloop.events.AppealSupported;
import gridloop.events.EventType;
import gridloop.feedback.department.DepartmentPartProjector;
import gridloop.support.inbox.IncomingEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Keeps feedback's view of each appeal from intake's and dispatch's events. Facts (category, grid,
 * deadlines, times) are recorded whenever they arrive; the status is the appeal lifecycle's fold of every step
 * in the order they happened ({@link AppealRecord#step}), so an assignment that arrives after a closure was
 * reported does not undo it. Feedback's own events (resolved, reopened, closed) step the same way, where they
 * happen, and may be fed here too: the result is the same.
 */
@ApplicationScoped
public class AppealViewProjector {

    private final AppealRecordRepository appeals;
    private final DepartmentPartProjector departmentParts;
    private final MergedAppeals merged;
    private final UnitNameStatements unitNames;

    AppealViewProjector(AppealRecordRepository appeals, DepartmentPartProjector departmentParts, MergedAppeals merged,
            UnitNameStatements unitNames) {
        this.appeals = appeals;
        this.departmentParts = departmentParts;
        this.merged = merged;
        this.unitNames = unitNames;
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
                .chain(() -> departmentParts.apply(event))
                .chain(() -> unitNames.remember(unitsNamed(event)));
    }

    /** The map's units an event names (their Chinese names are kept for the evaluation's answers). */
    private static List<GridUnit> unitsNamed(AppealEvent event) {
        if (event instanceof AppealAssigned assigned) {
            return java.util.Arrays.asList(assigned.street(), assigned.community(), assigned.grid());
        }
        if (event instanceof AppealReassigned reassigned) {
            return java.util.Collections.singletonList(reassigned.grid());
        }
        return List.of();
    }

    static void project(AppealRecord record, AppealEvent event) {
        record.step(EventType.of(event), event.occurredAt());
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
        } else if (event instanceof AppealAccepted accepted) {
            record.acceptedAt = record.acceptedAt == null ? accepted.occurredAt() : record.acceptedAt;
        } else if (event instanceof AppealEscalated escalated) {
            record.department = escalated.department();
            record.departmentName = escalated.departmentName();
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
        } else if (event instanceof AppealResolved resolved) {
            // Feedback's own events are applied where they happen (ClosureService); read back, they say the same.
            record.closureRound = Math.max(record.closureRound, resolved.round());
            record.resolvedAt = resolved.occurredAt();
            record.firstResolvedAt = record.firstResolvedAt == null ? resolved.occurredAt() : record.firstResolvedAt;
        } else if (event instanceof AppealReopened reopened) {
            record.reopenCount = Math.max(record.reopenCount, reopened.reopenCount());
        } else if (event instanceof AppealClosed closed) {
            record.closedAt = record.closedAt == null ? closed.occurredAt() : record.closedAt;
            record.closedBy = record.closedBy == null ? closed.closedBy() : record.closedBy;
        } else if (event instanceof AppealRejected rejected) {
            if (rejected.mergesInto()) {
                record.mergedInto = rejected.duplicateOf();
            }
        }
        record.refreshRules();
        if (record.updatedAt == null || event.occurredAt().isAfter(record.updatedAt)) {
            record.updatedAt = event.occurredAt();
        }
    }
}
