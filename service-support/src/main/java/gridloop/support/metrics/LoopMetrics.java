package gridloop.support.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The loop's business metrics. Lifecycle events are counted when the broker acknowledged them (from the
 * outbox relay), so a rolled-back or retried transaction never counts and each service counts what it
 * announced: intake submissions, dispatch assignments and escalations, feedback closures and reopenings.
 */
@ApplicationScoped
public class LoopMetrics {

    static final String APPEAL_EVENTS = "gridloop.appeals";
    static final String SUBMIT_TO_ASSIGNED = "gridloop.appeal.submit.to.assigned";
    static final String SUBMIT_TO_CLOSED = "gridloop.appeal.submit.to.closed";
    static final String DEAD_LETTERED = "gridloop.events.dead.lettered";
    static final String CONSUMED = "gridloop.events.consumed";
    static final String UNTRUSTED = "gridloop.events.untrusted";
    private static final String APPEAL_TYPE_PREFIX = "gridloop.appeal.";

    private final MeterRegistry registry;
    /** Counters by name and tags, looked up once: building a meter id per event costs more than counting it. */
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();
    private final Timer submitToAssigned;
    private final Timer submitToClosed;

    LoopMetrics(MeterRegistry registry) {
        this.registry = registry;
        // Assignment is machine work: buckets from milliseconds to an hour (a queue waiting for an operator).
        this.submitToAssigned = Timer.builder(SUBMIT_TO_ASSIGNED)
                .description("From the resident's submission to the assignment being committed")
                .serviceLevelObjectives(millis(10), millis(25), millis(50), millis(100), millis(250), millis(500),
                        Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofMinutes(5),
                        Duration.ofHours(1))
                .register(registry);
        // Closing is people's work: buckets from an hour to a month.
        this.submitToClosed = Timer.builder(SUBMIT_TO_CLOSED)
                .description("From the resident's submission to the appeal being closed")
                .serviceLevelObjectives(Duration.ofHours(1), Duration.ofHours(4), Duration.ofHours(12),
                        Duration.ofDays(1), Duration.ofDays(2), Duration.ofDays(3), Duration.ofDays(5),
                        Duration.ofDays(7), Duration.ofDays(14), Duration.ofDays(30))
                .register(registry);
    }

    /**
     * An event the broker acknowledged: its type, the appeal's category and submission time (null for an event of no
     * appeal), and when it happened.
     */
    public void published(String ceType, String appealCategory, java.time.Instant appealSubmittedAt,
            java.time.Instant occurredAt) {
        if (!ceType.startsWith(APPEAL_TYPE_PREFIX)) {
            return;
        }
        String event = eventName(ceType);
        String category = appealCategory == null ? "unknown" : appealCategory;
        counters.computeIfAbsent(APPEAL_EVENTS + '|' + event + '|' + category, key -> Counter.builder(APPEAL_EVENTS)
                .description("Appeal lifecycle events this service published, by event and category")
                .tag("event", event)
                .tag("category", category)
                .register(registry)).increment();
        if (appealSubmittedAt == null) {
            return;
        }
        Duration sinceSubmission = Duration.between(appealSubmittedAt, occurredAt);
        if (sinceSubmission.isNegative()) {
            return;
        }
        if (event.equals("assigned")) {
            submitToAssigned.record(sinceSubmission);
        } else if (event.equals("closed")) {
            submitToClosed.record(sinceSubmission);
        }
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
    public void consumes(String consumer, String topic, java.util.Collection<String> untrustedRules) {
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

    /** {@code gridloop.appeal.assigned.v1} is {@code assigned}. */
    static String eventName(String ceType) {
        String rest = ceType.substring(APPEAL_TYPE_PREFIX.length());
        int version = rest.lastIndexOf(".v");
        return (version > 0 ? rest.substring(0, version) : rest).toLowerCase(Locale.ROOT);
    }

    private static Duration millis(long millis) {
        return Duration.ofMillis(millis);
    }
}
