package gridloop.loopmetrics;

import gridloop.support.outbox.PublicationFacts;
import java.time.Instant;

/**
 * What the loop's metrics count an appeal's event by, written beside the event in the outbox: the appeal's category,
 * and when the resident submitted it (for the submit-to-assigned and submit-to-closed latencies).
 */
public final class AppealFacts {

    private AppealFacts() {
    }

    public static PublicationFacts of(String category) {
        return new PublicationFacts(category, null);
    }

    /** @param submittedAt when the resident submitted the appeal; null where the writer does not know it */
    public static PublicationFacts of(String category, Instant submittedAt) {
        return new PublicationFacts(category, submittedAt);
    }
}
