package dockyard.web;

import dockyard.content.Course;
import dockyard.content.Lesson;
import dockyard.content.exercise.Exercise;
import dockyard.content.exercise.Exercises;
import dockyard.learn.exercises.ExerciseProgress;
import dockyard.learn.exercises.ExerciseScripts;
import dockyard.learn.sandbox.Sandbox;
import dockyard.learn.sandbox.Sandboxes;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code /exercises/{id}}: the learner's sandbox for the exercise (created with the exercise's setup on first
 * visit), with the brief, the goals ticking live and hints revealed one at a time; {@code /exercises}: every
 * exercise by lesson.
 */
public final class ExerciseHandler {
    private final Views views;
    private final Supplier<Course> course;
    private final Exercises exercises;
    private final ExerciseProgress progress;
    private final Supplier<Messages> messages;
    private final Sandboxes sandboxes;
    private final SandboxHandler sandboxPage;
    private final ExercisePart part;

    ExerciseHandler(Views views, Supplier<Course> course, Exercises exercises, ExerciseProgress progress, Supplier<Messages> messages,
                    Sandboxes sandboxes, SandboxHandler sandboxPage, ExercisePart part) {
        this.views = views;
        this.course = course;
        this.exercises = exercises;
        this.progress = progress;
        this.messages = messages;
        this.sandboxes = sandboxes;
        this.sandboxPage = sandboxPage;
        this.part = part;
    }

    /** {@code GET /exercises}: every exercise, grouped by lesson in course order, with what the learner solved. */
    public void index(Context ctx) {
        long learner = Guests.learnerId(ctx);
        List<Map<String, Object>> groups = new ArrayList<>();
        for (Lesson l : course.get().lessons()) {
            List<Exercise> mine = exercises.forLesson(l.id());
            if (!mine.isEmpty()) groups.add(Map.of("lesson", l, "exercises", mine));
        }
        Map<String, String> solved = new HashMap<>();
        String lang = Languages.of(ctx);
        progress.completions(learner).forEach((id, c) -> solved.put(id, ExerciseLinks.solvedText(messages.get(), lang, c)));
        views.render(ctx, "exercises/index.html", Map.of("groups", groups, "solved", solved, "nav", "exercises"));
    }

    /** {@code GET /exercises/{id}}: opens (or creates) the learner's sandbox for the exercise. */
    public void show(Context ctx) {
        sandboxPage.show(ctx, sandboxFor(ctx, find(ctx)), false);
    }

    /** {@code GET /exercises/{id}/goals}: the goals alone, checked now (for polling). */
    public void goals(Context ctx) {
        Exercise e = find(ctx);
        Map<String, Object> model = new HashMap<>(part.model(ctx, e, sandboxFor(ctx, e)));
        model.put("oob", false);
        views.render(ctx, "exercises/goals-only.html", model);
    }

    /** {@code POST /exercises/{id}/hint}: reveals the next hint; refused past the last one. */
    public void hint(Context ctx) {
        Exercise e = find(ctx);
        if (progress.revealHint(Guests.learnerId(ctx), e).isEmpty()) {
            throw new WebError(HttpStatus.BAD_REQUEST, "exercises.noMoreHints", e.hints().size());
        }
        ctx.redirect("/exercises/" + e.id() + "#hints", HttpStatus.SEE_OTHER);
    }

    private Sandbox sandboxFor(Context ctx, Exercise e) {
        return sandboxes.forExercise(Guests.learnerId(ctx), e.id(), ExerciseScripts.setup(e));
    }

    private Exercise find(Context ctx) {
        return exercises.get(ctx.pathParam("id")).orElseThrow(() -> new WebError(HttpStatus.NOT_FOUND, "exercises.notFound"));
    }
}
