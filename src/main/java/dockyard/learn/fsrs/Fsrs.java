package dockyard.learn.fsrs;

import java.util.List;

/**
 * FSRS-6 (the Free Spaced Repetition Scheduler) with its published default parameters, in the long-term
 * form (no same-day learning steps: every review schedules whole days), without interval fuzz. It follows
 * the reference implementation ts-fsrs 5.x ({@code enable_short_term: false}) step by step, including its
 * rounding to 8 decimals, so its numbers match that implementation's; FsrsTest holds vectors produced by it.
 * Days are calendar days in UTC, as the reference counts them.
 */
public final class Fsrs {
    /** FSRS-6 default parameters w0..w20. */
    public static final List<Double> DEFAULT_W = List.of(
            0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
            1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542);
    private static final double S_MIN = 0.001;
    private static final double S_MAX = 36500;
    private static final long DAY_MS = 86_400_000L;

    private final double[] w;
    private final double requestRetention;
    private final int maximumInterval;
    private final double decay;
    private final double factor;
    private final double intervalModifier;

    public Fsrs() {
        this(0.9, 36500);
    }

    /**
     * @param requestRetention the recall probability at which a card falls due, in (0, 1]
     * @param maximumInterval  the longest interval in days
     */
    public Fsrs(double requestRetention, int maximumInterval) {
        if (requestRetention <= 0 || requestRetention > 1) throw new IllegalArgumentException("retention must be in (0,1]");
        this.w = DEFAULT_W.stream().mapToDouble(Double::doubleValue).toArray();
        this.requestRetention = requestRetention;
        this.maximumInterval = maximumInterval;
        this.decay = -w[20];
        this.factor = round8(Math.exp(Math.log(0.9) / decay) - 1);
        this.intervalModifier = round8((Math.pow(this.requestRetention, 1 / decay) - 1) / factor);
    }

    /** The card after a review with {@code rating} at {@code nowMs}. */
    public Card review(Card card, Rating rating, long nowMs) {
        int g = rating.grade;
        double d;
        double s;
        int elapsed = card.isNew() ? 0 : elapsedDays(card.lastReviewMs(), nowMs);
        int[] intervals = new int[5];
        double[] stab = new double[5];
        double[] diff = new double[5];
        for (int grade = 1; grade <= 4; grade++) {
            if (card.isNew()) {
                diff[grade] = clamp(initDifficulty(grade), 1, 10);
                stab[grade] = Math.max(w[grade - 1], 0.1);
            } else {
                double r = retrievability(elapsed, card.stability());
                diff[grade] = nextDifficulty(card.difficulty(), grade);
                stab[grade] = grade == 1
                        ? clamp(round8(card.stability()), S_MIN, forgetStability(card.difficulty(), card.stability(), r))
                        : recallStability(card.difficulty(), card.stability(), r, grade);
            }
            intervals[grade] = nextInterval(stab[grade]);
        }
        intervals[1] = Math.min(intervals[1], intervals[2]);
        intervals[2] = Math.max(intervals[2], intervals[1] + 1);
        intervals[3] = Math.max(intervals[3], intervals[2] + 1);
        intervals[4] = Math.max(intervals[4], intervals[3] + 1);
        d = diff[g];
        s = stab[g];
        int lapses = card.lapses() + (!card.isNew() && g == 1 ? 1 : 0);
        return new Card(s, d, card.reps() + 1, lapses, nowMs, nowMs + intervals[g] * DAY_MS, intervals[g]);
    }

    /** The probability of recall after {@code elapsedDays} for a card of {@code stability} days. */
    public double retrievability(double elapsedDays, double stability) {
        if (stability <= 0) return 0;
        return round8(Math.pow(1 + factor * elapsedDays / stability, decay));
    }

    /** Whole UTC calendar days between two instants, as the reference counts them. */
    public static int elapsedDays(long fromMs, long toMs) {
        return (int) (Math.floorDiv(toMs, DAY_MS) - Math.floorDiv(fromMs, DAY_MS));
    }

    private double initDifficulty(int g) {
        return round8(w[4] - Math.exp((g - 1) * w[5]) + 1);
    }

    private double nextDifficulty(double d, int g) {
        double delta = -w[6] * (g - 3);
        double next = d + round8(delta * (10 - d) / 9);
        return clamp(round8(w[7] * initDifficulty(4) + (1 - w[7]) * next), 1, 10);
    }

    private double recallStability(double d, double s, double r, int g) {
        double hard = g == 2 ? w[15] : 1;
        double easy = g == 4 ? w[16] : 1;
        return round8(clamp(s * (1 + Math.exp(w[8]) * (11 - d) * Math.pow(s, -w[9]) * (Math.exp((1 - r) * w[10]) - 1) * hard * easy), S_MIN, S_MAX));
    }

    private double forgetStability(double d, double s, double r) {
        return round8(clamp(w[11] * Math.pow(d, -w[12]) * (Math.pow(s + 1, w[13]) - 1) * Math.exp((1 - r) * w[14]), S_MIN, S_MAX));
    }

    private int nextInterval(double s) {
        return (int) Math.min(Math.max(1, Math.round(s * intervalModifier)), maximumInterval);
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.min(Math.max(v, lo), hi);
    }

    private static double round8(double v) {
        return Math.round(v * 1e8) / 1e8;
    }
}
