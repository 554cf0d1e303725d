package dockyard.learn.handson;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AnswerValuesTest {
    @Test
    void numbersCompareAsNumbers() {
        assertThat(AnswerValues.same(" 3 ", "3")).isTrue();
        assertThat(AnswerValues.same("3.0", "3")).isTrue();
        assertThat(AnswerValues.same("4", "3")).isFalse();
    }

    @Test
    void textIgnoresCaseSpacesAndOnePairOfQuotes() {
        assertThat(AnswerValues.same("\"essentialcontainerexited\"", "EssentialContainerExited")).isTrue();
        assertThat(AnswerValues.same("'RUNNING'", "RUNNING")).isTrue();
        assertThat(AnswerValues.same("RUNNING!", "RUNNING")).isFalse();
    }

    @Test
    void anEmptyAnswerIsNeverRight() {
        assertThat(AnswerValues.same("  ", "")).isFalse();
        assertThat(AnswerValues.same("\"\"", "")).isFalse();
    }

    @Test
    void theSimulationsValueReadsLikeWhatALearnerTypes() {
        assertThat(AnswerValues.text(TextNode.valueOf("FARGATE"))).isEqualTo("FARGATE");
        assertThat(AnswerValues.text(IntNode.valueOf(512))).isEqualTo("512");
    }
}
