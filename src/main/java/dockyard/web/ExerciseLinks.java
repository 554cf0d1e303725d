package dockyard.web;

import dockyard.content.exercise.Exercise;
import dockyard.content.exercise.Exercises;
import dockyard.learn.exercises.ExerciseProgress;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A lesson's exercises as links for its page and the course map, each with its title and, once solved,
 * "✓ solved in N commands, M hints" in the page's language.
 */
final class ExerciseLinks implements LessonExtras {
    private final Exercises exercises;
    private final ExerciseProgress progress;
    private final Supplier<Messages> messages;

    ExerciseLinks(Exercises exercises, ExerciseProgress progress, Supplier<Messages> messages) {
        this.exercises = exercises;
        this.progress = progress;
        this.messages = messages;
    }

    @Override
    public List<LessonLink> linksFor(String lessonId, String lang) {
        return exercises.forLesson(lessonId).stream()
                .map(e -> new LessonLink("/exercises/" + e.id(), "exercises.lessonLink", e.title().text(lang))).toList();
    }

    @Override
    public List<LessonLink> linksFor(String lessonId, String lang, long learnerId) {
        List<Exercise> mine = exercises.forLesson(lessonId);
        if (mine.isEmpty()) return List.of();
        Map<String, ExerciseProgress.Completion> done = progress.completions(learnerId);
        return mine.stream().map(e -> new LessonLink("/exercises/" + e.id(), "exercises.lessonLink", detail(e, done.get(e.id()), lang))).toList();
    }

    private String detail(Exercise e, ExerciseProgress.Completion c, String lang) {
        String title = e.title().text(lang);
        return c == null ? title : title + " — " + solvedText(messages.get(), lang, c);
    }

    static String solvedText(Messages m, String lang, ExerciseProgress.Completion c) {
        return m.get(lang, "exercises.solvedIn", c.commands(), c.hints());
    }
}
