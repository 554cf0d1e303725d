package dockyard.content;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The real course under content/: complete in both languages, with diagrams, and clean for check-content. */
class RealCourseTest {
    private static final Path CONTENT = Path.of("content");

    @Test
    void everyLessonInCourseYamlExistsInBothLanguagesWithADiagram() throws Exception {
        ContentLoader.Loaded loaded = ContentLoader.load(CONTENT);
        CourseFile file = Yaml.mapper().readValue(Files.readAllBytes(CONTENT.resolve("course.yaml")), CourseFile.class);
        List<String> listed = file.parts().stream().flatMap(p -> p.lessons().stream()).toList();
        assertThat(listed).hasSize(12);
        assertThat(loaded.course().lessons()).extracting(Lesson::id).containsExactlyElementsOf(listed);
        for (Lesson lesson : loaded.course().lessons()) {
            for (String lang : List.of("ko", "en")) {
                LessonBody body = lesson.body(lang);
                assertThat(body.html()).as(lesson.id() + " " + lang).isNotBlank();
                assertThat(body.diagrams()).as(lesson.id() + " " + lang + " diagrams").isPositive();
                assertThat(body.html()).as(lesson.id() + " " + lang).contains("<svg").contains("<figcaption");
                assertThat(lesson.title().text(lang)).isNotBlank();
            }
            assertThat(lesson.body("ko").headings()).extracting(Heading::id)
                    .as(lesson.id() + ": anchors shared by both languages")
                    .isEqualTo(lesson.body("en").headings().stream().map(Heading::id).toList());
        }
    }

    @Test
    void checkContentPassesOnTheRealCourse() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        int exit = new ContentCheck(List.of(new LessonsSection())).run(CONTENT, new PrintStream(buffer, true, StandardCharsets.UTF_8));
        String[] lines = buffer.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(exit).as(String.join("\n", lines)).isZero();
        assertThat(lines[lines.length - 1]).matches("content ok: lessons=12 exercises=\\d+ questions=\\d+ languages=ko,en");
    }
}
