package gridloop.feedback.evaluation;

/**
 * Percentiles of the time to close, read from the histogram the rollups keep (SQL function
 * {@code evaluation_close_bucket}): bucket 0 holds closures under a minute, bucket i >= 1 those from
 * 2^((i-1)/8) to 2^(i/8) minutes, the last one is open-ended. A percentile is interpolated linearly inside
 * its bucket, so it lies within one bucket width (9.05 %) of the exact value.
 */
public final class CloseTimeHistogram {

    public static final int BUCKETS = 160;
    private static final double STEPS_PER_DOUBLING = 8.0;

    private CloseTimeHistogram() {
    }

    static double lowerMinutes(int bucket) {
        return bucket == 0 ? 0.0 : Math.pow(2.0, (bucket - 1) / STEPS_PER_DOUBLING);
    }

    static double upperMinutes(int bucket) {
        return bucket == BUCKETS - 1 ? lowerMinutes(bucket) : Math.pow(2.0, bucket / STEPS_PER_DOUBLING);
    }

    /**
     * The q-quantile (0 < q <= 1) in hours: the point where a fraction q of the closures lies below, counting
     * the closures of a bucket as spread evenly across it; null when nothing closed.
     */
    public static Double percentileHours(long[] counts, double q) {
        long total = 0;
        for (long count : counts) {
            total += count;
        }
        if (total <= 0) {
            return null;
        }
        double target = q * total;
        long below = 0;
        for (int bucket = 0; bucket < counts.length; bucket++) {
            long count = counts[bucket];
            if (count > 0 && below + count >= target) {
                double fraction = (target - below) / count;
                double minutes = lowerMinutes(bucket) + fraction * (upperMinutes(bucket) - lowerMinutes(bucket));
                return minutes / 60.0;
            }
            below += count;
        }
        throw new IllegalStateException("unreachable: the last non-empty bucket reaches the target");
    }
}
