package dockyard.content.exercise;

import dockyard.content.ContentProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ExerciseLoaderTest {
    private static final Set<String> LESSONS = Set.of("what-is-docker", "ecs-fargate");
    private static final String VALID = """
            id: hello
            lesson: what-is-docker
            title: {ko: "안녕", en: "Hello"}
            brief: {ko: "**nginx**를 실행하세요 <script>x</script>", en: "Run **nginx**"}
            setup: |
              echo hi > a.txt
            goals:
              - text: {ko: "실행 중", en: "Running"}
                check: docker ps
                contains: "nginx:1.27"
              - text: {ko: "클러스터", en: "Cluster"}
                check: aws ecs describe-clusters --clusters demo --query "clusters[0].registeredContainerInstancesCount"
                at_least: 1
            hints:
              - {ko: "힌트", en: "A hint"}
            solution: |
              docker run -d nginx:1.27
            explanation: {ko: "설명", en: "Because"}
            """;

    @TempDir
    Path dir;

    private List<ContentProblem> problemsOf(String name, String yaml) throws IOException {
        Files.writeString(dir.resolve(name), yaml);
        return ExerciseLoader.load(dir, LESSONS).problems();
    }

    @Test
    void aValidExerciseLoadsWithItsGoalsHintsAndRenderedBrief() throws IOException {
        Files.writeString(dir.resolve("hello.yaml"), VALID);
        ExerciseLoader.Result r = ExerciseLoader.load(dir, LESSONS);
        assertThat(r.problems()).isEmpty();
        Exercise e = r.exercises().get("hello").orElseThrow();
        assertThat(e.lesson()).isEqualTo("what-is-docker");
        assertThat(e.goals()).hasSize(2);
        assertThat(e.goals().get(0).comparison()).isEqualTo(Comparison.CONTAINS);
        assertThat(e.goals().get(1).comparison()).isEqualTo(Comparison.AT_LEAST);
        assertThat(e.goals().get(1).expected().asInt()).isEqualTo(1);
        assertThat(e.brief().en()).contains("<strong>nginx</strong>");
        assertThat(e.brief().ko()).doesNotContain("<script>").contains("&lt;script&gt;");
        assertThat(r.exercises().forLesson("what-is-docker")).extracting(Exercise::id).containsExactly("hello");
    }

    @Test
    void anUnknownLessonIsReportedWithItsFile() throws IOException {
        assertThat(problemsOf("hello.yaml", VALID.replace("lesson: what-is-docker", "lesson: no-such-lesson")))
                .anyMatch(p -> p.file().equals("content/exercises/hello.yaml") && p.message().contains("lesson 'no-such-lesson' is not a lesson id"));
    }

    @Test
    void aMissingLanguageIsReported() throws IOException {
        assertThat(problemsOf("hello.yaml", VALID.replace("title: {ko: \"안녕\", en: \"Hello\"}", "title: {ko: \"안녕\"}")))
                .anyMatch(p -> p.message().equals("'title' has no English (en)"));
        assertThat(problemsOf("hello.yaml", VALID.replace("- {ko: \"힌트\", en: \"A hint\"}", "- {en: \"A hint\"}")))
                .anyMatch(p -> p.message().equals("hint 1 has no Korean (ko)"));
    }

    @Test
    void aGoalWithoutAnExpectedValueIsReported() throws IOException {
        assertThat(problemsOf("hello.yaml", VALID.replace("    contains: \"nginx:1.27\"\n", "")))
                .anyMatch(p -> p.message().startsWith("goal 1: needs exactly one expected value"));
        assertThat(problemsOf("hello.yaml", VALID.replace("contains: \"nginx:1.27\"", "contains:")))
                .anyMatch(p -> p.message().equals("goal 1: 'contains' has no expected value"));
        assertThat(problemsOf("hello.yaml", VALID.replace("at_least: 1", "at_least: many")))
                .anyMatch(p -> p.message().contains("'at_least' compares numbers"));
    }

    @Test
    void aCheckThatCouldChangeTheWorldIsRefused() throws IOException {
        assertThat(problemsOf("hello.yaml", VALID.replace("aws ecs describe-clusters --clusters demo", "aws ecs run-task --cluster demo")))
                .anyMatch(p -> p.message().contains("must use a describe-, list-, get- or head- operation"));
        assertThat(problemsOf("hello.yaml", VALID.replace("check: docker ps", "check: docker rm -f web")))
                .anyMatch(p -> p.message().contains("docker checks may only list or inspect"));
        assertThat(problemsOf("hello.yaml", VALID.replace("check: docker ps", "check: docker ps; docker rm web")))
                .anyMatch(p -> p.message().contains("one plain command only"));
        assertThat(problemsOf("hello.yaml", VALID.replace(" --query \"clusters[0].registeredContainerInstancesCount\"", "")))
                .anyMatch(p -> p.message().contains("needs --query"));
    }

    @Test
    void anIdThatDoesNotMatchItsFileAndAnUnknownKeyAreReported() throws IOException {
        List<ContentProblem> problems = problemsOf("other.yaml", VALID + "difficulty: 3\n");
        assertThat(problems).anyMatch(p -> p.message().contains("does not match the file name 'other.yaml'"))
                .anyMatch(p -> p.message().startsWith("unknown key 'difficulty'"));
        assertThat(ExerciseLoader.load(dir, LESSONS).exercises().size()).isZero();
    }

    @Test
    void aFileThatIsNotYamlIsReportedAndTheOthersStillLoad() throws IOException {
        Files.writeString(dir.resolve("hello.yaml"), VALID);
        Files.writeString(dir.resolve("broken.yaml"), "id: [unclosed");
        ExerciseLoader.Result r = ExerciseLoader.load(dir, LESSONS);
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("content/exercises/broken.yaml");
            assertThat(p.message()).startsWith("not valid YAML");
        });
        assertThat(r.exercises().size()).isEqualTo(1);
    }
}
