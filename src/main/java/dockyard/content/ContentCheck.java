package dockyard.content;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code check-content}: runs every section, prints each problem as {@code file: message}, and ends with
 * {@code content ok: lessons=N exercises=N questions=N languages=ko,en} (exit 0) or a problem count (exit 1).
 */
public final class ContentCheck {
    /** The kinds of content, in the order the summary line names them. */
    public static final List<String> KINDS = List.of("lessons", "exercises", "questions");
    private final List<ContentSection> sections;

    public ContentCheck(List<ContentSection> sections) {
        this.sections = List.copyOf(sections);
    }

    /** Checks {@code root}; returns the exit code. */
    public int run(Path root, PrintStream out) {
        if (root == null || !Files.isRegularFile(root.resolve("course.yaml"))) {
            out.println("content/course.yaml: file is missing");
            out.println("content has 1 problem");
            return 1;
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        KINDS.forEach(k -> counts.put(k, 0));
        List<ContentProblem> problems = new ArrayList<>();
        for (ContentSection section : sections) {
            ContentSection.Result result = section.check(root);
            counts.merge(section.name(), result.count(), Integer::sum);
            problems.addAll(result.problems());
        }
        problems.forEach(out::println);
        if (!problems.isEmpty()) {
            out.println("content has " + problems.size() + (problems.size() == 1 ? " problem" : " problems"));
            return 1;
        }
        StringBuilder line = new StringBuilder("content ok:");
        counts.forEach((k, v) -> line.append(' ').append(k).append('=').append(v));
        out.println(line.append(" languages=ko,en"));
        return 0;
    }
}
