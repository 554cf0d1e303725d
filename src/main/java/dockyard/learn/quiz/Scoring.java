package dockyard.learn.quiz;

/**
 * The mock exam's scaled score. AWS reports 100–1000 with 720 to pass but does not publish its scaling, so
 * Dockyard uses a documented approximation: linear from 0% right → 100 to 70% right → 720 (the cut), and
 * linear from 70% → 720 to 100% → 1000. A multiple-response question counts only when exactly the right
 * options are chosen (no partial credit, as on the exam); an unanswered question counts as wrong.
 */
public final class Scoring {
    public static final int PASS = 720;
    /** The fraction of right answers that maps to {@link #PASS}. */
    public static final double CUT = 0.70;

    private Scoring() {
    }

    public static int scaled(int correct, int total) {
        if (total <= 0) return 100;
        double p = Math.min(1, Math.max(0, (double) correct / total));
        double s = p <= CUT ? 100 + (PASS - 100) * p / CUT : PASS + (1000 - PASS) * (p - CUT) / (1 - CUT);
        return (int) Math.round(s);
    }

    public static boolean passed(int scaled) {
        return scaled >= PASS;
    }
}
