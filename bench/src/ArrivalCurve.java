/**
 * The shape of a commune center's day, as a fraction of the peak arrival rate over the day's
 * fraction x in [0, 1) (07:00 to 17:00 compressed): citizens queue at opening and peak around
 * 08:30–09:00, few come over lunch, a smaller wave follows in the early afternoon. The mean is
 * about a third of the peak, so at the default 200 issues/s peak over 20 centers and 120 s each
 * center gets ~400 tickets: a busy commune's real day.
 */
final class ArrivalCurve {

    /** Where the curve is at least this share of the peak counts as "at the peak rate". */
    static final double PEAK_SHARE = 0.9;

    private ArrivalCurve() {
    }

    static double at(double x) {
        double morning = bell(x, 0.20, 0.09);
        double afternoon = 0.45 * bell(x, 0.72, 0.08);
        return Math.min(1.0, Math.max(0.05, morning + afternoon));
    }

    /** The day fraction of the peak itself. */
    static double peak() {
        return 0.20;
    }

    /** The first and last day fraction where the rate is at least {@link #PEAK_SHARE} of the peak. */
    static double[] peakWindow() {
        double from = -1;
        double to = -1;
        for (int i = 0; i <= 10_000; i++) {
            double x = i / 10_000.0;
            if (at(x) >= PEAK_SHARE) {
                from = from < 0 ? x : from;
                to = x;
            }
        }
        return new double[] {from, to};
    }

    /** The mean of the curve over the day: expected issues = peak rate × mean × seconds. */
    static double mean() {
        double sum = 0;
        for (int i = 0; i < 10_000; i++) {
            sum += at((i + 0.5) / 10_000.0);
        }
        return sum / 10_000;
    }

    private static double bell(double x, double centre, double width) {
        double z = (x - centre) / width;
        return Math.exp(-0.5 * z * z);
    }
}
