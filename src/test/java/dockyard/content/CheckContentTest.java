package dockyard.content;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CheckContentTest {

    private static String[] run(Path root, List<ContentSection> sections, int[] exit) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        exit[0] = new ContentCheck(sections).run(root, new PrintStream(buffer, true, StandardCharsets.UTF_8));
        return buffer.toString(StandardCharsets.UTF_8).split("\n");
    }

    @Test
    void aGoodCourseEndsWithThePinnedSummaryLine() {
        int[] exit = {-1};
        String[] lines = run(Fixtures.course(), List.of(new LessonsSection()), exit);
        assertThat(exit[0]).isZero();
        assertThat(lines[lines.length - 1]).isEqualTo("content ok: lessons=3 exercises=0 questions=0 languages=ko,en");
    }

    @Test
    void otherSlicesPlugInTheirOwnSectionsAndCounts() {
        ContentSection questions = new ContentSection() {
            @Override
            public String name() {
                return "questions";
            }

            @Override
            public Result check(Path root) {
                return new Result(7, List.of());
            }
        };
        int[] exit = {-1};
        String[] lines = run(Fixtures.course(), List.of(new LessonsSection(), questions), exit);
        assertThat(lines[lines.length - 1]).isEqualTo("content ok: lessons=3 exercises=0 questions=7 languages=ko,en");
    }

    @Test
    void eachProblemIsListedWithItsFileAndTheExitCodeIsOne() throws IOException {
        Path root = Fixtures.copy();
        Files.writeString(root.resolve("lessons/02-images/ko.md"), "## 학습 목표\n\n[x](javascript:alert(1))\n");
        int[] exit = {-1};
        String[] lines = run(root, List.of(new LessonsSection()), exit);
        assertThat(exit[0]).isEqualTo(1);
        assertThat(lines).contains("content/lessons/02-images/ko.md: link to 'javascript:alert(1)' removed: only http(s), mailto and relative links are allowed");
        assertThat(lines[lines.length - 1]).matches("content has \\d+ problems");
    }
}
