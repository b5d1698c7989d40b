package gridloop.support.inbox;

import gridloop.events.UnreadableEventException;

/**
 * A readable record that the contract says cannot be genuine on its topic: a {@code ce_type} not published there,
 * a {@code ce_source} other than the topic's producer, or a {@code ce_subject}, key and payload that name different
 * appeals. Like an unreadable one it goes to the dead-letter topic, with the broken rule as the reason, and is
 * counted by rule.
 */
public class UntrustedEventException extends UnreadableEventException {

    /** Which rule the record broke. */
    public enum Rule {
        TYPE_NOT_ON_TOPIC, NOT_FROM_PRODUCER, SUBJECT_MISMATCH
    }

    private final Rule rule;

    public UntrustedEventException(Rule rule, String message) {
        super("untrusted (" + rule.name().toLowerCase().replace('_', '-') + "): " + message);
        this.rule = rule;
    }

    public Rule rule() {
        return rule;
    }
}
