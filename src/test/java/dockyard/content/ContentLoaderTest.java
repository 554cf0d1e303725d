package dockyard.content;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ContentLoaderTest {

    @Test
    void theFixtureCourseLoadsIntoPartsAndLessonsWithoutProblems() {
        ContentLoader.Loaded loaded = ContentLoader.load(Fixtures.course());
        assertThat(loaded.problems()).isEmpty();
        Course course = loaded.course();
        assertThat(course.parts()).extracting(Part::id).containsExactly("basics", "running");
        assertThat(course.lessons()).extracting(Lesson::id).containsExactly("first-steps", "images", "running");
        Lesson images = course.lesson("images").orElseThrow();
        assertThat(images.title().text("ko")).isEqualTo("이미지와 레지스트리");
        assertThat(images.title().text("en")).isEqualTo("Images and registries");
        assertThat(images.minutes()).isEqualTo(8);
        assertThat(images.partId()).isEqualTo("basics");
        assertThat(images.keyTerms()).hasSize(1);
        assertThat(images.docs().get(0).url()).startsWith("https://docs.aws.amazon.com/");
        assertThat(course.previous("images")).map(Lesson::id).contains("first-steps");
        assertThat(course.next("images")).map(Lesson::id).contains("running");
        assertThat(course.next("running")).isEmpty();
        assertThat(course.hash()).hasSize(64);
    }

    @Test
    void headingAnchorsAreTheSameInKoreanAndEnglish() {
        Lesson lesson = ContentLoader.load(Fixtures.course()).course().lesson("images").orElseThrow();
        assertThat(lesson.body("ko").headings()).extracting(Heading::id)
                .containsExactly("objectives", "what-a-container-is", "an-example-command", "registries", "exam-tips");
        assertThat(lesson.body("en").headings()).extracting(Heading::id)
                .isEqualTo(lesson.body("ko").headings().stream().map(Heading::id).toList());
        assertThat(lesson.body("ko").headings().get(0).text()).isEqualTo("학습 목표");
        assertThat(lesson.body("ko").html()).contains("<h2 id=\"exam-tips\">시험 팁</h2>");
    }

    @Test
    void codeBlocksKeepTheirLanguageClassAndTablesRender() {
        String html = ContentLoader.load(Fixtures.course()).course().lesson("first-steps").orElseThrow().body("en").html();
        assertThat(html).contains("<pre><code class=\"language-bash\">docker run -d -p 8080:80 nginx");
        assertThat(html).contains("<table>").contains("<th>Container</th>");
    }

    @Test
    void aDiagramBecomesAFigureWithThePageLanguagesSvgNamedByItsCaption() {
        Lesson lesson = ContentLoader.load(Fixtures.course()).course().lesson("first-steps").orElseThrow();
        String ko = lesson.body("ko").html();
        assertThat(ko).contains("<figure class=\"diagram\">")
                .contains("role=\"img\"").contains("aria-labelledby=\"first-steps-d1-caption\"")
                .contains("<figcaption id=\"first-steps-d1-caption\">호스트 위의 컨테이너 두 개</figcaption>")
                .contains(">호스트</text>").doesNotContain(">Host</text>")
                .contains("id=\"first-steps-d1-arrow\"").contains("url(#first-steps-d1-arrow)")
                .doesNotContain("<p><figure");
        assertThat(lesson.body("en").html()).contains(">Host</text>");
        assertThat(lesson.body("ko").diagrams()).isEqualTo(1);
    }

    @Test
    void sectionsCarryPlainTextForSearch() {
        Lesson lesson = ContentLoader.load(Fixtures.course()).course().lesson("images").orElseThrow();
        Section registries = lesson.body("ko").sections().stream().filter(s -> s.anchor().equals("registries")).findFirst().orElseThrow();
        assertThat(registries.heading()).isEqualTo("레지스트리");
        assertThat(registries.text()).contains("프라이빗 이미지는 Amazon ECR 리포지토리에 저장합니다.");
    }

    @Test
    void aLessonMissingItsEnglishBodyIsLeftOutAndNamedInAProblem() throws IOException {
        Path root = Fixtures.copy();
        Files.delete(root.resolve("lessons/02-images/en.md"));
        ContentLoader.Loaded loaded = ContentLoader.load(root);
        assertThat(loaded.course().lessons()).extracting(Lesson::id).containsExactly("first-steps", "running");
        assertThat(loaded.problems()).extracting(ContentProblem::toString)
                .contains("content/lessons/02-images/en.md: file is missing (every lesson has ko.md and en.md)");
    }

    @Test
    void problemsNameTheirFileAndSayWhatToDo() throws IOException {
        Path root = Fixtures.copy();
        Files.writeString(root.resolve("lessons/01-first-steps/lesson.yaml"),
                Files.readString(root.resolve("lessons/01-first-steps/lesson.yaml")).replace("minutes:", "minuets:"));
        Files.delete(root.resolve("lessons/03-running/stack.ko.svg"));
        Files.createDirectories(root.resolve("lessons/04-stray"));
        Files.writeString(root.resolve("course.yaml"), Files.readString(root.resolve("course.yaml")).replace("[running]", "[running, ghost]"));
        ContentLoader.Loaded loaded = ContentLoader.load(root);
        assertThat(loaded.problems()).extracting(ContentProblem::toString).anySatisfy(p ->
                assertThat(p).startsWith("content/lessons/01-first-steps/lesson.yaml: unknown key 'minuets' (line"));
        assertThat(loaded.problems()).extracting(ContentProblem::toString).contains(
                "content/lessons/03-running/ko.md: diagram 'stack.svg' needs the file stack.ko.svg",
                "content/course.yaml: lesson 'ghost' has no folder content/lessons/NN-ghost",
                "content/lessons/04-stray: this lesson is not listed in content/course.yaml");
    }

    @Test
    void requiredSectionsAndADiagramAreChecked() throws IOException {
        Path root = Fixtures.copy();
        Path en = root.resolve("lessons/01-first-steps/en.md");
        Files.writeString(en, Files.readString(en).replace("## Exam tips", "## Tips").replace("![Two containers on one host](stack.svg)", ""));
        ContentLoader.Loaded loaded = ContentLoader.load(root);
        assertThat(loaded.problems()).extracting(ContentProblem::toString).contains(
                "content/lessons/01-first-steps/en.md: the last section must be '## Exam tips'",
                "content/lessons/01-first-steps/en.md: no diagram; every lesson has at least one: ![text alternative](name.svg)");
    }
}
