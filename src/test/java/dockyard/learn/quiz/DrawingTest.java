package dockyard.learn.quiz;

import dockyard.content.quiz.Bilingual;
import dockyard.content.quiz.ExamBlueprint;
import dockyard.content.quiz.Option;
import dockyard.content.quiz.Question;
import dockyard.content.quiz.QuestionBank;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class DrawingTest {
    private static final Bilingual T = new Bilingual("가", "a");
    private static final ExamBlueprint SAA = new ExamBlueprint("SAA-C03", T, "", List.of(
            new ExamBlueprint.Domain("secure", T, 30, List.of("iam")),
            new ExamBlueprint.Domain("resilient", T, 26, List.of("elb", "efs")),
            new ExamBlueprint.Domain("performant", T, 24, List.of("scaling")),
            new ExamBlueprint.Domain("cost", T, 20, List.of("fargate"))));

    private static Question q(String id, String topic, String... exams) {
        List<Option> options = List.of(new Option("a", true, T, T), new Option("b", false, T, T),
                new Option("c", false, T, T), new Option("d", false, T, T));
        return new Question(id, topic, Question.Type.SINGLE, 1, 1, List.of(exams), "", "https://docs.aws.amazon.com/", T, options);
    }

    private static QuestionBank bank(int perTopic) {
        List<Question> all = new ArrayList<>();
        for (String topic : List.of("iam", "elb", "efs", "scaling", "fargate")) {
            for (int i = 0; i < perTopic; i++) all.add(q(topic + "-" + i, topic, "SAA-C03"));
            all.add(q(topic + "-dva", topic, "DVA-C02"));
        }
        return new QuestionBank(all);
    }

    @Test
    void handsOnQuestionsAreNeverDrawnIntoAMockExam() {
        List<Question> all = new ArrayList<>(bank(2).all());
        for (int i = 0; i < 20; i++) {
            all.add(new Question("lab-" + i, "iam", Question.Type.HANDS_ON, 0, 1, List.of("SAA-C03"), "", "https://docs.aws.amazon.com/", T, List.of(),
                    new dockyard.content.quiz.HandsOn(new dockyard.content.Localized("가", "a"), "", List.of(),
                            new dockyard.content.quiz.HandsOn.Ask(new dockyard.content.Localized("가", "a"), "aws ecs list-clusters"), "aws ecs list-clusters", "0",
                            new dockyard.content.Localized("가", "a"))));
        }
        List<Question> drawn = Drawing.draw(new QuestionBank(all), SAA, 65, new Random(3));
        assertThat(drawn).isNotEmpty().noneMatch(Question::handsOnQuestion);
    }

    @Test
    void quotasFollowTheDomainWeightsAndAddUpToTheLength() {
        Map<ExamBlueprint.Domain, Integer> q65 = Drawing.quotas(SAA, 65);
        // exact shares 19.5, 16.9, 15.6, 13.0: floors give 63, the two largest remainders (.9, .6) get the last two
        assertThat(q65.values()).containsExactly(19, 17, 16, 13);
        assertThat(q65.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(65);
        assertThat(Drawing.quotas(SAA, 10).values()).containsExactly(3, 3, 2, 2);
    }

    @Test
    void aDrawnExamHasDistinctQuestionsOfThatExamWeightedByDomain() {
        List<Question> drawn = Drawing.draw(bank(30), SAA, 20, new Random(7));
        assertThat(drawn).hasSize(20);
        assertThat(new HashSet<>(drawn)).hasSize(20);
        assertThat(drawn).allMatch(q -> q.domains().contains("SAA-C03"));
        long secure = drawn.stream().filter(q -> q.topic().equals("iam")).count();
        long resilient = drawn.stream().filter(q -> q.topic().equals("elb") || q.topic().equals("efs")).count();
        assertThat(secure).isEqualTo(6);
        assertThat(resilient).isEqualTo(5);
    }

    @Test
    void aShortDomainLeavesItsPlacesToTheOthers() {
        List<Question> all = new ArrayList<>(bank(10).all());
        all.removeIf(q -> q.topic().equals("iam") && !q.id().equals("iam-0"));
        List<Question> drawn = Drawing.draw(new QuestionBank(all), SAA, 20, new Random(3));
        assertThat(drawn).hasSize(20);
        assertThat(drawn.stream().filter(q -> q.topic().equals("iam"))).hasSize(1);
    }

    @Test
    void theExamIsShorterOnlyWhenTheWholeBankIs() {
        assertThat(Drawing.draw(bank(1), SAA, 65, new Random(1))).hasSize(5);
    }

    @Test
    void theSameSeedDrawsTheSameExam() {
        assertThat(Drawing.draw(bank(30), SAA, 10, new Random(42))).isEqualTo(Drawing.draw(bank(30), SAA, 10, new Random(42)));
    }
}
