package gridloop.events;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The event catalogue: each {@code ce_type}, the topic it is published on, and its payload record. */
public enum EventType {
    APPEAL_SUBMITTED("gridloop.appeal.submitted.v1", Topics.APPEALS_SUBMITTED, AppealSubmitted.class),
    APPEAL_WITHDRAWN("gridloop.appeal.withdrawn.v1", Topics.APPEALS_SUBMITTED, AppealWithdrawn.class),
    APPEAL_SUPPORTED("gridloop.appeal.supported.v1", Topics.APPEALS_SUBMITTED, AppealSupported.class),
    APPEAL_ASSIGNED("gridloop.appeal.assigned.v1", Topics.APPEALS_DISPATCH, AppealAssigned.class),
    APPEAL_ACCEPTED("gridloop.appeal.accepted.v1", Topics.APPEALS_DISPATCH, AppealAccepted.class),
    APPEAL_ESCALATED("gridloop.appeal.escalated.v1", Topics.APPEALS_DISPATCH, AppealEscalated.class),
    APPEAL_REASSIGNED("gridloop.appeal.reassigned.v1", Topics.APPEALS_DISPATCH, AppealReassigned.class),
    APPEAL_OVERDUE("gridloop.appeal.overdue.v1", Topics.APPEALS_DISPATCH, AppealOverdue.class),
    APPEAL_REJECTED("gridloop.appeal.rejected.v1", Topics.APPEALS_DISPATCH, AppealRejected.class),
    APPEAL_REPORTED_IN("gridloop.appeal.reported-in.v1", Topics.APPEALS_DISPATCH, AppealReportedIn.class),
    APPEAL_REPORT_IN_OVERDUE("gridloop.appeal.report-in-overdue.v1", Topics.APPEALS_DISPATCH,
            AppealReportInOverdue.class),
    APPEAL_SENT_BACK("gridloop.appeal.sent-back.v1", Topics.APPEALS_DISPATCH, AppealSentBack.class),
    APPEAL_CO_HANDLED("gridloop.appeal.co-handled.v1", Topics.APPEALS_DISPATCH, AppealCoHandled.class),
    APPEAL_PART_REPORTED("gridloop.appeal.part-reported.v1", Topics.APPEALS_DISPATCH, AppealPartReported.class),
    APPEAL_RECATEGORIZED("gridloop.appeal.recategorized.v1", Topics.APPEALS_DISPATCH, AppealRecategorized.class),
    APPEAL_RESOLVED("gridloop.appeal.resolved.v1", Topics.APPEALS_FEEDBACK, AppealResolved.class),
    APPEAL_RATED("gridloop.appeal.rated.v1", Topics.APPEALS_FEEDBACK, AppealRated.class),
    APPEAL_REOPENED("gridloop.appeal.reopened.v1", Topics.APPEALS_FEEDBACK, AppealReopened.class),
    APPEAL_CLOSED("gridloop.appeal.closed.v1", Topics.APPEALS_FEEDBACK, AppealClosed.class),
    EVALUATION_SNAPSHOT("gridloop.evaluation.snapshot.v1", Topics.EVALUATIONS, EvaluationSnapshot.class),
    GRID_MAP_IN_FORCE("gridloop.grid-map.in-force.v1", Topics.GRID_MAPS, GridMapInForce.class),
    GRID_ROSTER_IN_FORCE("gridloop.grid-roster.in-force.v1", Topics.GRID_ROSTERS, GridRosterInForce.class),
    BUILDING_RECORDED("gridloop.registry.building.v1", Topics.REGISTRY_BUILDINGS, BuildingRecorded.class),
    ORGANISATION_RECORDED("gridloop.registry.organisation.v1", Topics.REGISTRY_ORGANISATIONS,
            OrganisationRecorded.class),
    FACILITY_RECORDED("gridloop.registry.facility.v1", Topics.REGISTRY_FACILITIES, FacilityRecorded.class);

    private static final Map<String, EventType> BY_CE_TYPE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(EventType::ceType, Function.identity()));
    private static final Map<Class<?>, EventType> BY_PAYLOAD = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(EventType::payloadType, Function.identity()));

    private final String ceType;
    private final String topic;
    private final Class<? extends GridLoopEvent> payloadType;

    EventType(String ceType, String topic, Class<? extends GridLoopEvent> payloadType) {
        this.ceType = ceType;
        this.topic = topic;
        this.payloadType = payloadType;
    }

    public String ceType() {
        return ceType;
    }

    public String topic() {
        return topic;
    }

    public Class<? extends GridLoopEvent> payloadType() {
        return payloadType;
    }

    /** Empty for a type this version does not know (e.g. a newer {@code .v2}). */
    public static Optional<EventType> fromCeType(String ceType) {
        return Optional.ofNullable(ceType).map(BY_CE_TYPE::get);
    }

    public static EventType of(GridLoopEvent event) {
        EventType type = BY_PAYLOAD.get(event.getClass());
        if (type == null) {
            throw new IllegalArgumentException("Not in the event catalogue: " + event.getClass().getName());
        }
        return type;
    }
}
