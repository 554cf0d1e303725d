package dockyard.content.quiz;

import dockyard.support.HandsOnFixture;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class HandsOnLoaderTest {
    private static final Set<String> LESSONS = Set.of("first-steps", "images", "running");

    @Test
    void handsOnQuestionsJoinTheBankAfterTheTopicsMultipleChoiceOnes() {
        QuestionLoader.Result r = QuestionLoader.loadAll(HandsOnFixture.content(), LESSONS);
        assertThat(r.problems()).isEmpty();
        assertThat(r.bank().topic("running")).extracting(Question::id).containsExactly("fixture-running-01", "make-a-cluster", "task-memory");
        Question q = r.bank().question("task-memory").orElseThrow();
        assertThat(q.handsOnQuestion()).isTrue();
        assertThat(q.options()).isEmpty();
        assertThat(q.handsOn().answer()).isEqualTo("300");
        assertThat(q.handsOn().ask().label().en()).isEqualTo("Memory limit (MiB)");
        assertThat(q.handsOn().promptHtml().en()).contains("<strong>report</strong>");
        assertThat(r.bank().question("make-a-cluster").orElseThrow().handsOn().checks()).hasSize(1);
    }

    @Test
    void aQuestionWithNothingToMarkIsRefused() throws IOException {
        assertThat(problemsOf("id: nothing\n" + COMMON)).anyMatch(p -> p.contains("needs 'checks', 'ask' or both"));
    }

    @Test
    void anAskNeedsItsAnswerAndAnAnswerNeedsAnAsk() throws IOException {
        String ask = "ask:\n  label: {ko: \"값\", en: \"Value\"}\n  check: aws ecs list-clusters --query \"length(clusterArns)\"\n";
        assertThat(problemsOf("id: no-answer\n" + COMMON + ask)).anyMatch(p -> p.contains("'answer' must give what ask.check prints"));
        String checks = "checks:\n  - text: {ko: \"있음\", en: \"There\"}\n    check: aws ecs list-clusters --query \"length(clusterArns)\"\n    at_least: 1\n";
        assertThat(problemsOf("id: stray-answer\n" + COMMON + checks + "answer: \"1\"\n")).anyMatch(p -> p.contains("'answer' belongs with 'ask'"));
    }

    @Test
    void aCheckThatChangesTheWorldAndAnUnknownKeyAreRefused() throws IOException {
        String bad = "ask:\n  label: {ko: \"값\", en: \"Value\"}\n  check: aws ecs create-cluster --cluster-name x\nanswer: \"1\"\nhint: nope\n";
        List<String> problems = problemsOf("id: bad-check\n" + COMMON + bad);
        assertThat(problems).anyMatch(p -> p.startsWith("content/hands-on/bad-check.yaml: ask: "));
        assertThat(problems).anyMatch(p -> p.contains("unknown key 'hint'"));
    }

    @Test
    void anIdMustBeTheFileNameAndUnusedByAnyOtherQuestion() throws IOException {
        Path folder = Files.createTempDirectory("handson-");
        Files.writeString(folder.resolve("taken.yaml"), "id: taken\n" + COMMON + CHECKS);
        Files.writeString(folder.resolve("other-name.yaml"), "id: not-the-file\n" + COMMON + CHECKS);
        List<String> problems = new ArrayList<>();
        List<Question> loaded = HandsOnLoader.load(folder, LESSONS, new HashSet<>(Set.of("taken")), problems);
        assertThat(loaded).isEmpty();
        assertThat(problems).anyMatch(p -> p.contains("'taken' is already used by another question"))
                .anyMatch(p -> p.contains("does not match the file name 'other-name.yaml'"));
    }

    private static final String COMMON = """
            topic: running
            difficulty: 2
            domains: [SOA-C03]
            doc: https://docs.aws.amazon.com/AmazonECS/latest/developerguide/clusters.html
            prompt: {ko: "클러스터를 만드세요", en: "Make a cluster"}
            explanation: {ko: "그렇습니다", en: "That is so"}
            solution: |
              aws ecs create-cluster --cluster-name web
            """;
    private static final String CHECKS = "checks:\n  - text: {ko: \"있음\", en: \"There\"}\n    check: aws ecs list-clusters --query \"length(clusterArns)\"\n    at_least: 1\n";

    private static List<String> problemsOf(String yaml) throws IOException {
        Path folder = Files.createTempDirectory("handson-");
        String id = yaml.substring(4, yaml.indexOf('\n'));
        Files.writeString(folder.resolve(id + ".yaml"), yaml);
        List<String> problems = new ArrayList<>();
        HandsOnLoader.load(folder, LESSONS, new HashSet<>(), problems);
        return problems;
    }
}
