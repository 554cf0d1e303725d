package dockyard.web;

import dockyard.content.Course;
import dockyard.content.Lesson;
import dockyard.content.exercise.Exercise;
import dockyard.content.exercise.Exercises;
import dockyard.learn.exercises.ExerciseProgress;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code /exercises/{id}}: an exercise's brief, its goals ticking as they become true, hints revealed one at a
 * time, and the success message with the explanation; {@code /exercises}: every exercise by lesson.
 */
public final class ExerciseHandler {
    /** One goal as the page shows it. */
    public record GoalView(String text, boolean reached) {
    }

    private final Views views;
    private final Supplier<Course> course;
    private final Exercises exercises;
    private final ExerciseProgress progress;
    private final Supplier<Messages> messages;

    public ExerciseHandler(Views views, Supplier<Course> course, Exercises exercises, ExerciseProgress progress, Supplier<Messages> messages) {
        this.views = views;
        this.course = course;
        this.exercises = exercises;
        this.progress = progress;
        this.messages = messages;
    }

    /** {@code GET /exercises}: every exercise, grouped by lesson in course order, with what the learner solved. */
    public void index(Context ctx) {
        long learner = Guests.learnerId(ctx);
        Map<String, ExerciseProgress.Completion> done = progress.completions(learner);
        List<Map<String, Object>> groups = new ArrayList<>();
        for (Lesson l : course.get().lessons()) {
            List<Exercise> mine = exercises.forLesson(l.id());
            if (mine.isEmpty()) continue;
            groups.add(Map.of("lesson", l, "exercises", mine));
        }
        Map<String, String> solved = new HashMap<>();
        String lang = Languages.of(ctx);
        done.forEach((id, c) -> solved.put(id, ExerciseLinks.solvedText(messages.get(), lang, c)));
        views.render(ctx, "exercises/index.html", Map.of("groups", groups, "solved", solved, "nav", "exercises"));
    }

    /** {@code GET /exercises/{id}}. */
    public void show(Context ctx) {
        Exercise e = find(ctx);
        views.render(ctx, "exercises/exercise.html", model(ctx, e));
    }

    /** {@code GET /exercises/{id}/goals}: the goals fragment, for the live view. */
    public void goals(Context ctx) {
        Exercise e = find(ctx);
        views.render(ctx, "exercises/goals.html", model(ctx, e));
    }

    /** {@code POST /exercises/{id}/hint}: reveals the next hint; refused past the last one. */
    public void hint(Context ctx) {
        Exercise e = find(ctx);
        if (progress.revealHint(Guests.learnerId(ctx), e).isEmpty()) {
            throw new WebError(HttpStatus.BAD_REQUEST, "exercises.noMoreHints", e.hints().size());
        }
        ctx.redirect("/exercises/" + e.id() + "#hints", HttpStatus.SEE_OTHER);
    }

    private Map<String, Object> model(Context ctx, Exercise e) {
        long learner = Guests.learnerId(ctx);
        String lang = Languages.of(ctx);
        ExerciseProgress.Status status = progress.status(learner, e.id());
        List<GoalView> goals = e.goals().stream().map(g -> new GoalView(g.text().text(lang), status.solved())).toList();
        Map<String, Object> model = new HashMap<>();
        model.put("exercise", e);
        model.put("lesson", course.get().lesson(e.lesson()).orElse(null));
        model.put("goals", goals);
        model.put("reachedCount", goals.stream().filter(GoalView::reached).count());
        model.put("hints", e.hints().subList(0, Math.min(status.hintsShown(), e.hints().size())).stream().map(h -> h.text(lang)).toList());
        model.put("hintsLeft", e.hints().size() - Math.min(status.hintsShown(), e.hints().size()));
        model.put("solved", status.solved());
        model.put("solvedText", status.completion().map(c -> ExerciseLinks.solvedText(messages.get(), lang, c)).orElse(""));
        model.put("nav", "exercises");
        return model;
    }

    private Exercise find(Context ctx) {
        return exercises.get(ctx.pathParam("id")).orElseThrow(() -> new WebError(HttpStatus.NOT_FOUND, "exercises.notFound"));
    }
}
