package dockyard.content.quiz;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class QuestionLoaderTest {
    private static final Set<String> LESSONS = Set.of("docker-vs-vm", "ecs-fargate");

    private static Path fixtures(String name) {
        return Path.of("src/test/resources/quiz-fixtures", name);
    }

    @Test
    void aValidBankLoadsEveryQuestionIntoItsTopic() {
        QuestionLoader.Result r = QuestionLoader.load(fixtures("valid"), LESSONS);
        assertThat(r.problems()).isEmpty();
        assertThat(r.bank().size()).isEqualTo(3);
        assertThat(r.bank().topics()).containsExactly("docker-vs-vm", "ecs-fargate");
        Question multi = r.bank().question("fixture-fargate-02").orElseThrow();
        assertThat(multi.multiple()).isTrue();
        assertThat(multi.correctIds()).containsExactly("a", "b");
        assertThat(multi.isRight(Set.of("b", "a"))).isTrue();
        assertThat(multi.isRight(Set.of("a"))).isFalse();
        assertThat(multi.prompt().in("ko")).isEqualTo("Fargate에서 참인 두 가지는?");
    }

    @Test
    void everyBrokenRuleIsReportedWithItsFileAndQuestion() {
        QuestionLoader.Result r = QuestionLoader.load(fixtures("broken"), LESSONS);
        assertThat(r.bank().size()).isZero();
        assertThat(r.problems()).anyMatch(p -> p.startsWith("content/quiz/ecs-fargate.yaml: question 'broken-01'") && p.contains("difficulty"))
                .anyMatch(p -> p.contains("unknown domain 'CLF-C02'"))
                .anyMatch(p -> p.contains("'doc' must be an https://"))
                .anyMatch(p -> p.contains("prompt has no English (en) text"))
                .anyMatch(p -> p.contains("option 'b': why (the explanation) has no English"))
                .anyMatch(p -> p.contains("2 options are marked correct but choose is 1"))
                .anyMatch(p -> p.contains("has 3 options; choose: 1 needs 4"))
                .anyMatch(p -> p.contains("question 'broken-02'") && p.contains("1 options are marked correct but choose is 2"))
                .anyMatch(p -> p.contains("the id is used twice in the bank"))
                .anyMatch(p -> p.contains("not-a-lesson.yaml: topic 'not-a-lesson' is not a lesson id"))
                .anyMatch(p -> p.contains("not-a-lesson.yaml: 'questions' must be a non-empty list"));
    }

    @Test
    void aMissingFolderIsAnEmptyBank() {
        QuestionLoader.Result r = QuestionLoader.load(fixtures("nothing-here"), LESSONS);
        assertThat(r.bank().size()).isZero();
        assertThat(r.problems()).isEmpty();
    }
}
