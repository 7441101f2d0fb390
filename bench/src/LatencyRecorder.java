import java.util.Arrays;

/**
 * Keeps every latency sample (nanoseconds) in a growable array and sorts a copy when asked.
 * Exact percentiles, no histogram rounding: a full run records a few hundred thousand samples at
 * most, a few megabytes.
 */
final class LatencyRecorder {

    /** What a recorder reports; milliseconds. NaN when nothing was recorded. */
    record Summary(int count, double p50Ms, double p99Ms, double maxMs, double meanMs) {
    }

    private long[] values = new long[1024];
    private int size;

    synchronized void record(long nanos) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = Math.max(0, nanos);
    }

    synchronized int count() {
        return size;
    }

    synchronized Summary summary() {
        if (size == 0) {
            return new Summary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        long[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        double sum = 0;
        for (long v : sorted) {
            sum += v;
        }
        return new Summary(size, ms(nearestRank(sorted, 0.50)), ms(nearestRank(sorted, 0.99)),
                ms(sorted[size - 1]), sum / size / 1e6);
    }

    /** The nearest-rank percentile: the smallest sample with at least p of the samples at or below it. */
    private static long nearestRank(long[] sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
