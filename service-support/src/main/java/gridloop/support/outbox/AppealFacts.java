package gridloop.support.outbox;

import java.time.Instant;

/**
 * What the operators' metrics need to know about the appeal an event belongs to, stored beside the event in
 * the outbox: the relay counts an event by category, and measures how long after submission it happened, only
 * once the broker has it (so a rolled-back or retried transaction never counts).
 *
 * @param submittedAt when the resident submitted the appeal; null where the writer does not know it
 */
public record AppealFacts(String category, Instant submittedAt) {

    public static AppealFacts of(String category) {
        return new AppealFacts(category, null);
    }

    public static AppealFacts of(String category, Instant submittedAt) {
        return new AppealFacts(category, submittedAt);
    }
}
