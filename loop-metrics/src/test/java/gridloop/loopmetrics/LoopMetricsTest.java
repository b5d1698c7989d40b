package gridloop.loopmetrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import gridloop.support.outbox.EventPublished;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What the outbox published, counted as the loop's metrics (pure: Micrometer's in-memory registry is its API). */
class LoopMetricsTest {

    private static final Instant SUBMITTED = Instant.parse("2026-12-01T02:00:00Z");

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final LoopMetrics metrics = new LoopMetrics(registry);

    private double count(String event, String category) {
        Counter counter = registry.find(LoopMetrics.APPEAL_EVENTS).tag("event", event).tag("category", category)
                .counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void anAppealEventIsCountedByEventAndCategoryAndTheSpansEndAtAssignmentAndClosure() {
        metrics.published(new EventPublished("gridloop.appeal.assigned.v1", SUBMITTED.plusMillis(40), "ROAD_DAMAGE",
                SUBMITTED));
        metrics.published(new EventPublished("gridloop.appeal.assigned.v1", SUBMITTED.plusMillis(60), "ROAD_DAMAGE",
                SUBMITTED));
        metrics.published(new EventPublished("gridloop.appeal.closed.v1", SUBMITTED.plus(Duration.ofDays(2)),
                "ROAD_DAMAGE", SUBMITTED));
        metrics.published(new EventPublished("gridloop.appeal.submitted.v1", SUBMITTED, null, null));

        assertEquals(2, count("assigned", "ROAD_DAMAGE"));
        assertEquals(1, count("closed", "ROAD_DAMAGE"));
        assertEquals(1, count("submitted", "unknown"), "no category: counted as unknown, not lost");
        var assigned = registry.find(LoopMetrics.SUBMIT_TO_ASSIGNED).timer();
        assertEquals(2, assigned.count());
        assertEquals(100, assigned.totalTime(TimeUnit.MILLISECONDS), 0.001);
        assertEquals(Duration.ofDays(2).toMillis(),
                registry.find(LoopMetrics.SUBMIT_TO_CLOSED).timer().totalTime(TimeUnit.MILLISECONDS), 0.001);
    }

    @Test
    void anEventOfNoAppealAndASpanThatWouldEndBeforeItBeganAreNotCounted() {
        metrics.published(new EventPublished("gridloop.evaluation.snapshot.v1", SUBMITTED, null, null));
        assertNull(registry.find(LoopMetrics.APPEAL_EVENTS).counter());
        metrics.published(new EventPublished("gridloop.appeal.assigned.v1", SUBMITTED.minusSeconds(1), "NOISE",
                SUBMITTED));
        assertEquals(1, count("assigned", "NOISE"));
        assertEquals(0, registry.find(LoopMetrics.SUBMIT_TO_ASSIGNED).timer().count(), "another clock's skew");
    }

    @Test
    void theEventNameIsTheTypeWithoutItsPrefixAndVersion() {
        assertEquals("report-in-overdue", LoopMetrics.eventName("gridloop.appeal.report-in-overdue.v1"));
        assertEquals("assigned", LoopMetrics.eventName("gridloop.appeal.assigned.v1"));
    }
}
