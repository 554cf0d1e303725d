package dockyard.content.quiz;

import dockyard.content.ContentCheck;
import dockyard.content.ContentSection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class QuestionsSectionTest {
    @Test
    void theRealBankIsValidAndCountedInCheckContent() {
        ContentSection.Result r = new QuestionsSection().check(Path.of("content"));
        assertThat(r.problems()).isEmpty();
        assertThat(r.count()).isEqualTo(QuestionLoader.load(Path.of("content/quiz"), null).bank().size()).isPositive();

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = new ContentCheck(List.of(new QuestionsSection())).run(Path.of("content"), new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("questions=" + r.count());
    }

    @Test
    void aSectionThatIsNotAHeadingOfTheLessonIsReported() throws IOException {
        Path content = dockyard.support.HandsOnFixture.content();
        Path file = content.resolve("quiz/running.yaml");
        Files.writeString(file, Files.readString(file).replace("section: \"\"", "section: \"no-such-heading\""));
        assertThat(new QuestionsSection().check(content).problems()).extracting(Object::toString)
                .anyMatch(p -> p.startsWith("content/quiz/running.yaml: question 'fixture-running-01': section 'no-such-heading' is not a heading of lesson 'running'"));
    }

    @Test
    void aQuestionOnAnUnknownLessonFailsCheckContentNamingItsFile(@TempDir Path tmp) throws IOException {
        copy(Path.of("content"), tmp);
        Files.copy(Path.of("src/test/resources/quiz-fixtures/broken/not-a-lesson.yaml"), tmp.resolve("quiz/not-a-lesson.yaml"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = new ContentCheck(List.of(new QuestionsSection())).run(tmp, new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(exit).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("content/quiz/not-a-lesson.yaml: topic 'not-a-lesson' is not a lesson id");
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
    }
}
