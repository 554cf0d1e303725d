package dockyard.learn.quiz;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScoringTest {
    @Test
    void theScaleRunsFromOneHundredToOneThousandThroughTheCut() {
        assertThat(Scoring.scaled(0, 65)).isEqualTo(100);
        assertThat(Scoring.scaled(65, 65)).isEqualTo(1000);
        assertThat(Scoring.scaled(7, 10)).isEqualTo(720);
        assertThat(Scoring.scaled(5, 10)).isEqualTo(543);   // 100 + 620 * 0.5 / 0.7
        assertThat(Scoring.scaled(85, 100)).isEqualTo(860); // 720 + 280 * 0.15 / 0.3
    }

    @Test
    void sevenTenthsRightPassesAndJustUnderFails() {
        assertThat(Scoring.passed(Scoring.scaled(7, 10))).isTrue();
        assertThat(Scoring.passed(Scoring.scaled(45, 65))).isFalse(); // 69.2%
        assertThat(Scoring.passed(Scoring.scaled(46, 65))).isTrue();  // 70.8%
    }

    @Test
    void anEmptyExamScoresTheFloor() {
        assertThat(Scoring.scaled(0, 0)).isEqualTo(100);
    }
}
