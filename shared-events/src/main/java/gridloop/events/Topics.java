package gridloop.events;

import java.util.Map;

/**
 * Kafka topic names of the public contract. Appeal events are keyed by appeal id, evaluation snapshots by
 * {@code level:unitId}, grid maps by street id,
 * rosters by grid id, registry records by their id.
 */
public final class Topics {
    public static final String APPEALS_SUBMITTED = "gridloop.appeals.submitted";
    public static final String APPEALS_DISPATCH = "gridloop.appeals.dispatch";
    public static final String APPEALS_FEEDBACK = "gridloop.appeals.feedback";
    public static final String EVALUATIONS = "gridloop.evaluations";
    /** Compacted: the latest record of each street is the map in force for it. */
    public static final String GRID_MAPS = "gridloop.grid-maps";
    /** Compacted, keyed by grid id: the latest record of each grid is who works it. */
    public static final String GRID_ROSTERS = "gridloop.grid-rosters";
    /** The registry's compacted topics, keyed by the record's id: the latest record of each is as it stands. */
    public static final String REGISTRY_BUILDINGS = "gridloop.registry.buildings";
    public static final String REGISTRY_ORGANISATIONS = "gridloop.registry.organisations";
    public static final String REGISTRY_FACILITIES = "gridloop.registry.facilities";

    /** Every topic of the contract. */
    public static final java.util.Set<String> ALL = java.util.Set.of(APPEALS_SUBMITTED, APPEALS_DISPATCH,
            APPEALS_FEEDBACK, EVALUATIONS, GRID_MAPS, GRID_ROSTERS, REGISTRY_BUILDINGS, REGISTRY_ORGANISATIONS,
            REGISTRY_FACILITIES);
    /** The topics whose old records are compacted away by key rather than deleted by age. */
    public static final java.util.Set<String> COMPACTED = java.util.Set.of(GRID_MAPS, GRID_ROSTERS,
            REGISTRY_BUILDINGS, REGISTRY_ORGANISATIONS, REGISTRY_FACILITIES);

    private static final Map<String, String> PRODUCERS = Map.of(
            APPEALS_SUBMITTED, "intake",
            APPEALS_DISPATCH, "dispatch",
            APPEALS_FEEDBACK, "feedback",
            EVALUATIONS, "feedback",
            GRID_MAPS, "dispatch",
            GRID_ROSTERS, "dispatch",
            REGISTRY_BUILDINGS, "registry",
            REGISTRY_ORGANISATIONS, "registry",
            REGISTRY_FACILITIES, "registry");

    /** The {@code ce_source} of a service's events: {@code /gridloop/<service>}. */
    public static String source(String service) {
        return "/gridloop/" + service;
    }

    /**
     * The {@code ce_source} of the one service that publishes on a topic (the AsyncAPI document's "publishes"
     * operations), or null for a topic outside the contract. A record on the topic from any other source is forged.
     */
    public static String producerSource(String topic) {
        String service = PRODUCERS.get(topic);
        return service == null ? null : source(service);
    }

    /** Where a consumer parks a message it cannot read. */
    public static String deadLetter(String topic) {
        return topic + ".dlq";
    }

    private Topics() {
    }
}
