package dockyard.content.quiz;

import dockyard.content.ContentProblem;
import dockyard.content.Course;
import dockyard.content.Lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Checks that a question's {@code section} names a heading of its lesson, so "back to the lesson" lands on the
 * part that explains the answer rather than on the top of the page.
 */
public final class SectionAnchors {
    private SectionAnchors() {
    }

    /** @param fileOf the content file a question lives in, as problems name it */
    public static List<ContentProblem> problems(List<Question> questions, Course course, Function<Question, String> fileOf) {
        List<ContentProblem> out = new ArrayList<>();
        for (Question q : questions) {
            if (q.section() == null || q.section().isBlank()) continue;
            Lesson lesson = course.lesson(q.topic()).orElse(null);
            if (lesson == null || lesson.anchors().contains(q.section())) continue;
            out.add(new ContentProblem(fileOf.apply(q), "question '" + q.id() + "': section '" + q.section()
                    + "' is not a heading of lesson '" + q.topic() + "' (its anchors: " + String.join(", ", lesson.anchors()) + ")"));
        }
        return out;
    }
}
