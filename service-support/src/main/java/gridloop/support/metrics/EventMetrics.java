package gridloop.support.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the inbox did with the records it read: applied, skipped as copies, dead-lettered, untrusted. The metrics of
 * what the services publish are the services' own (they observe the outbox's {@code EventPublished}).
 */
@ApplicationScoped
public class EventMetrics {

    static final String DEAD_LETTERED = "gridloop.events.dead.lettered";
    static final String CONSUMED = "gridloop.events.consumed";
    static final String UNTRUSTED = "gridloop.events.untrusted";

    private final MeterRegistry registry;
    /** Counters by name and tags, looked up once: building a meter id per event costs more than counting it. */
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    EventMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** An incoming event this service applied, or skipped as already applied. */
    public void consumed(String consumer, String ceType, boolean applied) {
        String outcome = applied ? "applied" : "duplicate";
        counters.computeIfAbsent(CONSUMED + '|' + consumer + '|' + ceType + '|' + outcome, key -> Counter.builder(CONSUMED)
                .description("Events consumed, applied or skipped as duplicates")
                .tag("consumer", consumer).tag("type", ceType).tag("outcome", outcome)
                .register(registry)).increment();
    }

    /**
     * The dead-letter and untrusted counters of one consumer and topic, at zero: they exist from the start, so an alert
     * on them has a series to watch before the first record ever goes wrong.
     */
    public void consumes(String consumer, String topic, Collection<String> untrustedRules) {
        Counter.builder(DEAD_LETTERED).description("Records sent to <topic>.dlq because they could not be read")
                .tag("consumer", consumer).tag("topic", topic).register(registry);
        for (String rule : untrustedRules) {
            Counter.builder(UNTRUSTED).description("Records dead-lettered because they cannot be genuine on their topic")
                    .tag("consumer", consumer).tag("topic", topic).tag("rule", rule).register(registry);
        }
    }

    /** An incoming record that could not be read and goes to the topic's dead-letter topic. */
    public void deadLettered(String consumer, String topic) {
        Counter.builder(DEAD_LETTERED).description("Records sent to <topic>.dlq because they could not be read")
                .tag("consumer", consumer).tag("topic", topic)
                .register(registry).increment();
    }

    /** A record dead-lettered because it cannot be genuine on its topic, by the rule it broke. */
    public void untrusted(String consumer, String topic, String rule) {
        Counter.builder(UNTRUSTED).description("Records dead-lettered because they cannot be genuine on their topic")
                .tag("consumer", consumer).tag("topic", topic).tag("rule", rule)
                .register(registry).increment();
    }
}
