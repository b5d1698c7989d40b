package gridloop.support.inbox;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class InboxSummaryTest {

    @Test
    void eachIntervalCountsWhatWasHandledSinceTheLastAndQuietConsumersSayNothing() {
        InboxSummary summary = new InboxSummary();
        summary.applied("dispatch", true);
        summary.applied("dispatch", true);
        summary.applied("dispatch", false);
        summary.deadLettered("dispatch");
        summary.applied("feedback", true);

        Map<String, long[]> first = summary.drain();
        assertEquals(2, first.size());
        assertArrayEquals(new long[] {2, 1, 1}, first.get("dispatch"));
        assertArrayEquals(new long[] {1, 0, 0}, first.get("feedback"));

        summary.applied("feedback", false);
        Map<String, long[]> second = summary.drain();
        assertArrayEquals(new long[] {0, 1, 0}, second.get("feedback"));
        assertEquals(1, second.size(), "dispatch handled nothing since and is left out");
    }
}
