package dockyard.content;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownRenderingTest {
    private final List<ContentProblem> problems = new ArrayList<>();

    private String render(String markdown) {
        return render(markdown, Optional.empty());
    }

    private String render(String markdown, Optional<String> svg) {
        Map<String, LessonBody> bodies = LessonMarkdown.render("l", Map.of("ko", markdown, "en", markdown),
                Map.of("ko", "content/lessons/01-l/ko.md", "en", "content/lessons/01-l/en.md"), (name, lang) -> svg, problems);
        return bodies.get("en").html();
    }

    @Test
    void rawHtmlInContentIsEscapedNotRendered() {
        String html = render("Hello <script>alert(1)</script> and <img src=x onerror=alert(2)>\n\n<div onclick=\"x()\">block</div>\n");
        assertThat(html).doesNotContain("<script>").doesNotContain("<img").doesNotContain("<div")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;").contains("&lt;div onclick=");
    }

    @Test
    void javascriptAndDataLinksAreNeutralisedAndReported() {
        String html = render("[click](javascript:alert(1)) [data](data:text/html;base64,PHNjcmlwdD4=) [vb](VBScript:x)"
                + " [tab](jav&#x09;ascript:alert(1)) [ok](https://docs.aws.amazon.com/) [mail](mailto:a@b.c) [rel](/lessons/x#y)\n");
        assertThat(html).doesNotContainIgnoringCase("javascript:").doesNotContain("data:").doesNotContainIgnoringCase("vbscript")
                .contains("click").contains("data")
                .contains("<a rel=\"noopener noreferrer\" href=\"https://docs.aws.amazon.com/\">ok</a>")
                .contains("<a href=\"mailto:a@b.c\">mail</a>").contains("<a href=\"/lessons/x#y\">rel</a>");
        assertThat(problems).extracting(ContentProblem::message).anySatisfy(m -> assertThat(m).startsWith("link to 'javascript:alert(1)' removed"));
    }

    @Test
    void imagesOtherThanLoneSvgDiagramsBecomeTheirTextAlternative() {
        String html = render("See ![a cat](https://evil.example/cat.png) here.\n\n![inline](x.svg) with text\n");
        assertThat(html).doesNotContain("<img").doesNotContain("evil.example").contains("See a cat here.");
        assertThat(problems).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void svgIsSanitisedBeforeItIsInlined() {
        String evil = """
                <?xml version="1.0"?>
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10" width="500" onload="alert(1)">
                  <script>alert(2)</script>
                  <style>rect{fill:red}</style>
                  <foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject>
                  <rect class="d-box" x="1" y="1" width="5" height="5" style="fill:red" onclick="alert(3)" fill="url(https://evil.example/p#a)"/>
                  <a href="javascript:alert(4)"><text x="1" y="9">link</text></a>
                  <use href="https://evil.example/sprite.svg#i"/>
                  <image href="https://evil.example/track.png"/>
                  <text class="d-text" x="1" y="9" font-size="12">label</text>
                </svg>
                """;
        String html = render("![A drawing](d.svg)\n", Optional.of(evil));
        assertThat(html).doesNotContain("script").doesNotContain("<style").doesNotContain("style=")
                .doesNotContainIgnoringCase("foreignObject").doesNotContain("onload").doesNotContain("onclick")
                .doesNotContain("evil.example").doesNotContain("<image").doesNotContain("<a ").doesNotContain("width=\"500\"")
                .contains("<rect class=\"d-box\"").contains(">label</text>").contains("viewBox=\"0 0 10 10\"")
                .contains("<figcaption id=\"l-d1-caption\">A drawing</figcaption>");
        assertThat(problems).extracting(ContentProblem::file).contains("content/lessons/01-l/d.en.svg");
    }

    @Test
    void headingIdsFallBackToEachLanguageWhenTheOutlinesDiffer() {
        Map<String, LessonBody> bodies = LessonMarkdown.render("l", Map.of("ko", "## 학습 목표\n\n### 더\n", "en", "## Objectives\n"),
                Map.of("ko", "ko.md", "en", "en.md"), (n, l) -> Optional.empty(), problems);
        assertThat(bodies.get("en").headings()).extracting(Heading::id).containsExactly("objectives");
        assertThat(bodies.get("ko").headings()).extracting(Heading::id).containsExactly("학습-목표", "더");
        assertThat(problems).extracting(ContentProblem::file).contains("ko.md");
    }
}
