package gridloop.command.marker;

import gridloop.events.AppealAccepted;
import gridloop.events.AppealAssigned;
import gridloop.events.AppealClosed;
import gridloop.events.AppealEscalated;
import gridloop.events.AppealEvent;
import gridloop.events.AppealOverdue;
import gridloop.events.AppealRated;
import gridloop.events.AppealRejected;
import gridloop.events.AppealReassigned;
import gridloop.events.AppealRecategorized;
import gridloop.events.AppealResolved;
import gridloop.events.AppealSentBack;
import gridloop.events.AppealSubmitted;
import gridloop.events.AppealSupported;
import gridloop.events.EventType;
import gridloop.events.lifecycle.AppealLifecycle;
import gridloop.events.lifecycle.AppealStatus;
import gridloop.events.lifecycle.StatusSteps;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * Keeps {@link AppealMarker} from the appeal events. Facts of the submission are set whenever they arrive; the
 * assignment and the department each follow the latest event by event time, and the status is the appeal
 * lifecycle's fold of the events in the order they happened, so the same events delivered twice or in another
 * order leave the same row.
 */
@ApplicationScoped
public class MarkerProjector {

    private static final String OPERATORS = "OPERATORS";

    private final AppealMarkerRepository markers;

    MarkerProjector(AppealMarkerRepository markers) {
        this.markers = markers;
    }

    public Uni<Void> apply(AppealEvent event) {
        // Insert-if-absent in SQL: the first events of one appeal arrive on several topics at once.
        return markers.findOrCreateForUpdate(event.appealId()).invoke(marker -> project(marker, event))
                .replaceWithVoid();
    }

    static void project(AppealMarker marker, AppealEvent event) {
        Instant at = event.occurredAt();
        if (event instanceof AppealSubmitted e) {
            marker.reference = e.reference();
            marker.category = marker.category == null ? e.category() : marker.category;
            marker.latitude = e.location().latitude();
            marker.longitude = e.location().longitude();
            marker.address = e.location().address();
            marker.description = e.description();
            marker.mediaUrls = e.mediaUrls() == null ? java.util.List.of() : e.mediaUrls();
            marker.channel = e.channel();
            marker.facilityId = e.facilityId();
            marker.submittedAt = at;
        } else if (event instanceof AppealSupported e) {
            marker.supporters = Math.max(marker.supporters, e.supporters());
        } else if (event instanceof AppealAssigned e) {
            marker.acceptBy = e.acceptBy();
            marker.resolveBy = e.resolveBy();
            if (later(at, marker.assignmentAt)) {
                marker.assignmentAt = at;
                marker.streetId = e.street() == null ? null : e.street().id();
                marker.communityId = e.community() == null ? null : e.community().id();
                marker.gridId = e.grid() == null ? null : e.grid().id();
                marker.gridName = e.grid() == null ? null : e.grid().name();
                marker.gridNameZh = e.grid() == null ? null : e.grid().nameGivenIn("zh-CN");
                marker.assigneeId = e.assigneeId();
                marker.assigneeName = e.assigneeName();
                marker.buildingId = e.buildingId();
            }
            queue(marker, e.queue(), at);
        } else if (event instanceof AppealReassigned e) {
            if (later(at, marker.assignmentAt)) {
                marker.assignmentAt = at;
                if (e.grid() != null) {
                    marker.gridId = e.grid().id();
                    marker.gridName = e.grid().name();
                    marker.gridNameZh = e.grid().nameGivenIn("zh-CN");
                }
                marker.assigneeId = e.assigneeId();
                marker.assigneeName = e.assigneeName();
            }
            queue(marker, e.assigneeId() == null ? OPERATORS : null, at);
        } else if (event instanceof AppealEscalated e) {
            if (later(at, marker.departmentAt)) {
                marker.departmentAt = at;
                marker.department = e.department();
                marker.departmentName = e.departmentName();
            }
            // The department has it: it no longer waits for the operators (dispatch does the same).
            queue(marker, null, at);
        } else if (event instanceof AppealSentBack) {
            if (later(at, marker.departmentAt)) {
                marker.departmentAt = at;
                marker.department = null;
                marker.departmentName = null;
            }
            queue(marker, OPERATORS, at);
        } else if (event instanceof AppealRecategorized e) {
            marker.category = e.category();
        } else if (event instanceof AppealAccepted) {
            marker.acceptedAt = marker.acceptedAt == null || at.isBefore(marker.acceptedAt) ? at : marker.acceptedAt;
        } else if (event instanceof AppealOverdue) {
            marker.overdueSince = marker.overdueSince == null || at.isBefore(marker.overdueSince) ? at : marker.overdueSince;
        } else if (event instanceof AppealResolved) {
            marker.resolvedAt = marker.resolvedAt == null || at.isBefore(marker.resolvedAt) ? at : marker.resolvedAt;
        } else if (event instanceof AppealRated e) {
            if (later(at, marker.ratedAt)) {
                marker.ratedAt = at;
                marker.satisfaction = e.satisfaction();
            }
        } else if (event instanceof AppealClosed) {
            marker.closedAt = at;
        }
        step(marker, EventType.of(event), at);
        marker.responded = AppealAccepted.responded(marker.acceptedAt, marker.acceptBy);
        marker.satisfied = marker.satisfaction != null && AppealRated.isSatisfied(marker.satisfaction);
        marker.merged = marker.merged || event instanceof AppealRejected rejected && rejected.mergesInto();
        marker.counted = AppealStatus.valueOf(marker.status).countsInEvaluation(marker.merged);
        if (later(at, marker.lastEventAt)) {
            marker.lastEventAt = at;
            marker.lastEventType = event.getClass().getSimpleName();
        }
    }

    /** Whether the appeal waits in the operators' queue follows the latest event that says so. */
    private static void queue(AppealMarker marker, String queue, Instant at) {
        if (later(at, marker.queueAt)) {
            marker.queueAt = at;
            marker.queue = queue;
        }
    }

    /**
     * The status is the appeal lifecycle's fold of the status-naming events in the order they happened, so a
     * withdrawal that dispatch had not seen stays final whatever arrives after it.
     */
    private static void step(AppealMarker marker, EventType type, Instant at) {
        if (AppealLifecycle.named(type).isEmpty()) {
            return;
        }
        StatusSteps steps = StatusSteps.decode(marker.statusSteps).with(at, type);
        marker.statusSteps = steps.encode();
        marker.status = steps.status().name();
        marker.statusAt = steps.steps().get(steps.steps().size() - 1).occurredAt();
    }

    /** At or after: of two events at the same instant, the one applied last wins, as for a redelivery. */
    private static boolean later(Instant at, Instant current) {
        return current == null || !at.isBefore(current);
    }
}
