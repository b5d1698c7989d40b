package gridloop.events;

/** Kafka topic names of the public contract. Events are keyed by appeal id. */
public final class Topics {
    public static final String APPEALS_SUBMITTED = "gridloop.appeals.submitted";
    public static final String APPEALS_DISPATCH = "gridloop.appeals.dispatch";
    public static final String APPEALS_FEEDBACK = "gridloop.appeals.feedback";
    public static final String EVALUATIONS = "gridloop.evaluations";

    /** Where a consumer parks a message it cannot read. */
    public static String deadLetter(String topic) {
        return topic + ".dlq";
    }

    private Topics() {
    }
}
