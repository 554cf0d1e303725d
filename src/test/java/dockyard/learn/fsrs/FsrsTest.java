package dockyard.learn.fsrs;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Vectors produced by the reference implementation, ts-fsrs 5.4.2 (FSRS-6, default parameters),
 * with {@code fsrs({enable_fuzz: false, enable_short_term: false})}: each row is
 * "rating,stability,difficulty,scheduled_days" after the review, the first review on 2026-01-01T09:00Z.
 */
class FsrsTest {
    private final Fsrs fsrs = new Fsrs();

    @Test
    void aCardReviewedOnTimeFollowsTheReferenceIntervals() {
        assertMatches(new int[]{3, 3, 3, 3, 3, 3, 1, 1, 3, 3, 3, 3, 3}, null, new String[]{
                "3,2.3065,2.11810397,3", "3,13.82690327,2.11121424,14", "3,56.95670978,2.1043314,57",
                "3,196.23528243,2.09745544,196", "3,586.48348981,2.09058635,586", "3,1559.3567066,2.08372413,1559",
                "1,9.88315788,7.38320232,10", "1,1.35272534,9.12510476,1", "3,2.39203246,9.11120802,3",
                "3,4.85623359,9.09732518,5", "3,8.76239865,9.08345622,9", "3,15.18599794,9.06960113,15",
                "3,25.13615689,9.0557599,25"});
    }

    @Test
    void everyRatingMovesStabilityAndDifficultyAsTheReferenceDoes() {
        assertMatches(new int[]{1, 3, 2, 4, 1, 3, 3}, null, new String[]{
                "1,0.212,6.4133,1", "3,1.88678762,6.40211507,3", "2,5.34570569,7.59678469,5",
                "4,18.57724898,6.7789705,19", "1,1.8490379,8.92649788,2", "3,3.82016308,8.91279975,4",
                "3,7.37052336,8.89911532,7"});
        assertMatches(new int[]{4, 4, 4, 2, 1}, null, new String[]{
                "4,8.2956,1,8", "4,65.62422648,1,66", "4,396.77501923,1,397", "2,871.41571885,4.01060897,871",
                "1,7.92013594,8.01655626,8"});
    }

    @Test
    void reviewsEarlyOrLateUseTheDaysThatReallyPassed() {
        assertMatches(new int[]{3, 3, 1, 3, 3}, new int[]{1, 5, 2, 10, 3}, new String[]{
                "3,2.3065,2.11810397,3", "3,7.31530068,2.11121424,7", "1,1.19686016,7.39223814,1",
                "3,4.38352321,7.38007427,4", "3,15.75288326,7.36792257,16"});
    }

    @Test
    void aLapseIsCountedOnlyForACardAlreadyLearned() {
        long t0 = Instant.parse("2026-01-01T09:00:00Z").toEpochMilli();
        Card first = fsrs.review(Card.fresh(t0), Rating.AGAIN, t0);
        assertThat(first.lapses()).isZero();
        Card second = fsrs.review(first, Rating.AGAIN, first.dueMs());
        assertThat(second.lapses()).isEqualTo(1);
        assertThat(second.reps()).isEqualTo(2);
    }

    @Test
    void retrievabilityIsNinetyPercentAfterOneStability() {
        assertThat(fsrs.retrievability(10, 10)).isCloseTo(0.9, within(1e-6));
        assertThat(fsrs.retrievability(0, 10)).isEqualTo(1.0);
    }

    private void assertMatches(int[] ratings, int[] gaps, String[] expected) {
        long now = Instant.parse("2026-01-01T09:00:00Z").toEpochMilli();
        Card card = Card.fresh(now);
        List<String> actual = new ArrayList<>();
        for (int i = 0; i < ratings.length; i++) {
            card = fsrs.review(card, Rating.ofGrade(ratings[i]), now);
            actual.add(ratings[i] + "," + fmt(card.stability()) + "," + fmt(card.difficulty()) + "," + card.scheduledDays());
            int gap = gaps == null ? card.scheduledDays() : gaps[i];
            now += gap * 86_400_000L;
        }
        assertThat(actual).containsExactly(expected);
    }

    private static String fmt(double v) {
        String s = new java.math.BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
        return s;
    }
}
