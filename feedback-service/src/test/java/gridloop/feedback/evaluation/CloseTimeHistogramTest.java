package gridloop.feedback.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Pure logic: percentiles read from the bucket counts. */
class CloseTimeHistogramTest {

    @Test
    void nothingClosedHasNoPercentile() {
        assertNull(CloseTimeHistogram.percentileHours(new long[CloseTimeHistogram.BUCKETS], 0.9));
    }

    @Test
    void bucketsDoubleEveryEightSteps() {
        assertEquals(0.0, CloseTimeHistogram.lowerMinutes(0));
        assertEquals(1.0, CloseTimeHistogram.upperMinutes(0));
        assertEquals(1.0, CloseTimeHistogram.lowerMinutes(1));
        assertEquals(2.0, CloseTimeHistogram.lowerMinutes(9), 1e-12);
        assertEquals(Math.pow(2, 1 / 8.0), CloseTimeHistogram.upperMinutes(1), 1e-12);
    }

    @Test
    void percentileIsInterpolatedInsideItsBucket() {
        long[] counts = new long[CloseTimeHistogram.BUCKETS];
        counts[9] = 5; // [2, 2^(9/8)) minutes
        counts[17] = 5; // [4, 2^(17/8)) minutes
        // 9 of 10 below: 4 of the 5 in bucket 17, so 0.8 of the way from 4 minutes to 4 * 2^(1/8).
        double expectedMinutes = 4 + 0.8 * (4 * Math.pow(2, 1 / 8.0) - 4);
        assertEquals(expectedMinutes / 60, CloseTimeHistogram.percentileHours(counts, 0.9), 1e-12);
        // The median is the top of the lower bucket.
        assertEquals(2 * Math.pow(2, 1 / 8.0) / 60, CloseTimeHistogram.percentileHours(counts, 0.5), 1e-12);
    }

    @Test
    void theOpenEndedLastBucketReportsItsLowerBound() {
        long[] counts = new long[CloseTimeHistogram.BUCKETS];
        counts[CloseTimeHistogram.BUCKETS - 1] = 3;
        assertEquals(Math.pow(2, 158 / 8.0) / 60, CloseTimeHistogram.percentileHours(counts, 0.9), 1e-9);
    }
}
