package gridloop.loopmetrics;

import gridloop.support.outbox.EventPublished;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The loop's business metrics. An appeal's event is counted when the broker acknowledged it (the outbox relay's
 * {@link EventPublished}), so a rolled-back or retried transaction never counts, and each service counts what it
 * announced: intake submissions, dispatch assignments and escalations, feedback closures and reopenings.
 */
@ApplicationScoped
public class LoopMetrics {

    static final String APPEAL_EVENTS = "gridloop.appeals";
    static final String SUBMIT_TO_ASSIGNED = "gridloop.appeal.submit.to.assigned";
    static final String SUBMIT_TO_CLOSED = "gridloop.appeal.submit.to.closed";
    private static final String APPEAL_TYPE_PREFIX = "gridloop.appeal.";

    private final MeterRegistry registry;
    /** Counters by tags, looked up once: building a meter id per event costs more than counting it. */
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

    /** An event the broker acknowledged; its label is the appeal's category ({@link AppealFacts}). */
    void published(@Observes EventPublished published) {
        if (!published.ceType().startsWith(APPEAL_TYPE_PREFIX)) {
            return;
        }
        String event = eventName(published.ceType());
        String category = published.label() == null ? "unknown" : published.label();
        counters.computeIfAbsent(event + '|' + category, key -> Counter.builder(APPEAL_EVENTS)
                .description("Appeal lifecycle events this service published, by event and category")
                .tag("event", event)
                .tag("category", category)
                .register(registry)).increment();
        if (published.spanStart() == null) {
            return;
        }
        Duration sinceSubmission = Duration.between(published.spanStart(), published.occurredAt());
        if (sinceSubmission.isNegative()) {
            return;
        }
        if (event.equals("assigned")) {
            submitToAssigned.record(sinceSubmission);
        } else if (event.equals("closed")) {
            submitToClosed.record(sinceSubmission);
        }
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
