package gridloop.events;

import java.util.Map;

/** Kafka topic names of the public contract. Events are keyed by appeal id. */
public final class Topics {
    public static final String APPEALS_SUBMITTED = "gridloop.appeals.submitted";
    public static final String APPEALS_DISPATCH = "gridloop.appeals.dispatch";
    public static final String APPEALS_FEEDBACK = "gridloop.appeals.feedback";
    public static final String EVALUATIONS = "gridloop.evaluations";

    private static final Map<String, String> PRODUCERS = Map.of(
            APPEALS_SUBMITTED, "intake",
            APPEALS_DISPATCH, "dispatch",
            APPEALS_FEEDBACK, "feedback",
            EVALUATIONS, "feedback");

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
