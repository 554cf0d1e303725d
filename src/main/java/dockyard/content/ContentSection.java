package dockyard.content;

import java.nio.file.Path;
import java.util.List;

/**
 * One kind of content that {@code check-content} validates and counts: lessons, exercises, questions. Each
 * slice that owns a kind of content contributes one section; {@link ContentCheck} prints their counts in the
 * pinned order and zero for a kind nobody contributes yet.
 */
public interface ContentSection {
    /** The name in the summary line: "lessons", "exercises" or "questions". */
    String name();

    /** Validates the section under {@code root} (the {@code content/} folder). */
    Result check(Path root);

    /**
     * @param count    how many items of this kind are valid
     * @param problems what is wrong, each with its file
     */
    record Result(int count, List<ContentProblem> problems) {
        public Result {
            problems = List.copyOf(problems);
        }
    }
}
