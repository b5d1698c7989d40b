package gridloop.support.outbox;

import java.time.Instant;

/**
 * What a service's own metrics need to know about an event, kept beside it in the outbox until the broker has it:
 * the event is counted only then, so a rolled-back or retried transaction never counts. The outbox does not read
 * them; it hands them to whoever observes {@link EventPublished}.
 *
 * @param label one label to count the event by (the services put the appeal's category here)
 * @param spanStart the start of the span this event ends, or null (the services put the appeal's submission here)
 */
public record PublicationFacts(String label, Instant spanStart) {
}
