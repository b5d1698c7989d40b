package gridloop.support.inbox;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.jboss.logging.Logger;

/**
 * One INFO line per consumer and interval instead of one per event: at a thousand events a second, a line per
 * event per consumer was a good part of each service's CPU. The line per event is still there at DEBUG
 * ({@code quarkus.log.category."gridloop.support.inbox".level=DEBUG}), with the appeal and the ce_id as fields.
 */
@ApplicationScoped
public class InboxSummary {

    private static final Logger LOG = Logger.getLogger(InboxSummary.class);

    /** Per consumer: applied, skipped as duplicates, dead-lettered. */
    private final Map<String, LongAdder[]> counts = new ConcurrentHashMap<>();

    void applied(String consumer, boolean first) {
        of(consumer)[first ? 0 : 1].increment();
    }

    void deadLettered(String consumer) {
        of(consumer)[2].increment();
    }

    private LongAdder[] of(String consumer) {
        return counts.computeIfAbsent(consumer,
                name -> new LongAdder[] {new LongAdder(), new LongAdder(), new LongAdder()});
    }

    /** What was handled since the last line, per consumer; nothing when nothing was. */
    @Scheduled(every = "${gridloop.inbox.summary-interval:60s}", delayed = "${gridloop.inbox.summary-interval:60s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void logSummary() {
        for (Map.Entry<String, long[]> entry : drain().entrySet()) {
            long[] handled = entry.getValue();
            LOG.infof("%s applied %d events, skipped %d duplicates, dead-lettered %d since the last summary",
                    entry.getKey(), handled[0], handled[1], handled[2]);
        }
    }

    /** The counts since the last call, per consumer with any; the counters start again from zero. */
    Map<String, long[]> drain() {
        Map<String, long[]> drained = new TreeMap<>();
        counts.forEach((consumer, adders) -> {
            long[] handled = {adders[0].sumThenReset(), adders[1].sumThenReset(), adders[2].sumThenReset()};
            if (handled[0] + handled[1] + handled[2] > 0) {
                drained.put(consumer, handled);
            }
        });
        return drained;
    }
}
