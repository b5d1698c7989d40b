package gridloop.intake.appeal;

import gridloop.events.AppealResolved;
import gridloop.intake.photo.Photo;
import gridloop.intake.photo.PhotoService;
import gridloop.events.lifecycle.AppealStatus;
import gridloop.events.AppealAssigned;
import gridloop.events.AppealEscalated;
import gridloop.events.AppealEvent;
import gridloop.events.AppealOverdue;
import gridloop.events.AppealReassigned;
import gridloop.events.AppealRecategorized;
import gridloop.events.AppealRejected;
import gridloop.events.AppealSentBack;
import gridloop.events.EventType;
import gridloop.events.lifecycle.AppealLifecycle;
import gridloop.events.lifecycle.StatusStep;
import gridloop.events.lifecycle.StatusSteps;
import gridloop.events.wording.EventWording;
import gridloop.support.inbox.IncomingEvent;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.LockModeType;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Objects;

/**
 * Builds the resident's read model from the events of dispatch and feedback: a timeline entry per
 * event, then the appeal's summary. Runs inside the inbox transaction, so it is applied exactly once.
 */
@ApplicationScoped
public class TimelineProjector {

    private final TimelineRepository timeline;
    private final AppealRepository appeals;
    private final PhotoService photos;
    private final jakarta.enterprise.inject.Instance<AppealSteps> steps;

    TimelineProjector(TimelineRepository timeline, AppealRepository appeals, PhotoService photos, jakarta.enterprise.inject.Instance<AppealSteps> steps) {
        this.timeline = timeline;
        this.appeals = appeals;
        this.photos = photos;
        this.steps = steps;
    }

    /**
     * A timeline entry for an event: the status it names (by the lifecycle) and what it says, language-neutral
     * ({@link EventWording}); {@link TimelineWording} words it for each reader.
     */
    public TimelineEntry entryOf(AppealEvent event, String eventId) {
        EventType type = EventType.of(event);
        return TimelineEntry.of(event.appealId(), eventId, type.ceType(),
                AppealLifecycle.named(type).map(Enum::name).orElse(null), event.occurredAt(), EventWording.of(event));
    }

    public Uni<Void> apply(IncomingEvent incoming) {
        if (!(incoming.payload() instanceof AppealEvent event)) {
            return Uni.createFrom().voidItem();
        }
        TimelineEntry entry = entryOf(event, incoming.id());
        // The row lock serialises the two consumers (dispatch and feedback topics) and the resident's own
        // writes on one appeal; without it, concurrent updates of the summary would overwrite each other.
        return timeline.persistAndFlush(entry)
                .chain(() -> appeals.findById(event.appealId(), LockModeType.PESSIMISTIC_WRITE))
                .chain(appeal -> appeal == null ? Uni.createFrom().voidItem() : refresh(appeal, event)
                        .chain(() -> event instanceof AppealResolved resolved
                                ? photos.attach(resolved.photosOrNone(), appeal.id, Photo.CLOSURE, resolved.actor(),
                                        resolved.occurredAt(), false)
                                : Uni.createFrom().voidItem())
                        .chain(() -> AppealSteps.tellAll(steps, appeal, event, incoming.id())))
                .chain(() -> event instanceof AppealRejected rejected && rejected.mergesInto()
                        ? appeals.followOriginal(rejected.appealId(), rejected.duplicateOf(), rejected.occurredAt())
                        : Uni.createFrom().voidItem());
    }

    /** Record what this event tells, then fold the whole timeline's steps through the lifecycle. */
    public Uni<Void> refresh(Appeal appeal, AppealEvent event) {
        if (event instanceof AppealOverdue) {
            appeal.overdue = true;
        }
        if (event instanceof AppealRejected rejected && rejected.mergesInto()) {
            appeal.mergedInto = rejected.duplicateOf();
        }
        if (event instanceof AppealRecategorized recategorized) {
            appeal.category = recategorized.category();
        }
        describe(appeal, event);
        if (appeal.updatedAt == null || event.occurredAt().isAfter(appeal.updatedAt)) {
            appeal.updatedAt = event.occurredAt();
        }
        return timeline.of(appeal.id).invoke(entries -> {
            appeal.status = StatusSteps.of(entries.stream()
                    .flatMap(entry -> EventType.fromCeType(entry.eventType)
                            .map(type -> StatusStep.of(entry.occurredAt, type)).stream())
                    .toList()).status();
            if (!appeal.status.isOpen() || appeal.status == AppealStatus.RESOLVED) {
                appeal.overdue = false;
            }
        }).replaceWithVoid();
    }

    /** Who and which department: the latest decision wins, whatever order the events arrive in. */
    private static void describe(Appeal appeal, AppealEvent event) {
        boolean newerAssignee = appeal.assigneeDecidedAt == null || !event.occurredAt().isBefore(appeal.assigneeDecidedAt);
        boolean newerDepartment = appeal.departmentDecidedAt == null
                || !event.occurredAt().isBefore(appeal.departmentDecidedAt);
        if (event instanceof AppealAssigned || event instanceof AppealReassigned) {
            if (!newerAssignee) {
                return;
            }
            appeal.assigneeDecidedAt = event.occurredAt();
        }
        if (event instanceof AppealEscalated || event instanceof AppealSentBack) {
            if (!newerDepartment) {
                return;
            }
            appeal.departmentDecidedAt = event.occurredAt();
        }
        if (event instanceof AppealAssigned assigned) {
            appeal.gridId = assigned.grid() == null ? null : assigned.grid().id();
            appeal.gridName = assigned.grid() == null ? null : assigned.grid().name();
            appeal.gridNameZh = assigned.grid() == null ? null : assigned.grid().nameGivenIn("zh-CN");
            appeal.assigneeName = assigned.assigneeName();
            appeal.holderWorkerId = assigned.assigneeId();
            appeal.buildingId = assigned.buildingId();
        } else if (event instanceof AppealReassigned reassigned) {
            if (reassigned.grid() != null) {
                appeal.gridId = reassigned.grid().id();
                appeal.gridName = reassigned.grid().name();
                appeal.gridNameZh = reassigned.grid().nameGivenIn("zh-CN");
            }
            appeal.assigneeName = Objects.requireNonNullElse(reassigned.assigneeName(), appeal.assigneeName);
            // To a grid's queue (no worker yet): the one who held it holds it no more.
            appeal.holderWorkerId = reassigned.assigneeId();
        } else if (event instanceof AppealEscalated escalated) {
            appeal.departmentName = escalated.departmentName();
            appeal.holderDepartment = escalated.department();
        } else if (event instanceof AppealSentBack) {
            appeal.departmentName = null;
            appeal.holderDepartment = null;
        }
    }

}
