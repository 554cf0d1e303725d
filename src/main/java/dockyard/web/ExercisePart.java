package dockyard.web;

import dockyard.content.Course;
import dockyard.content.exercise.Exercise;
import dockyard.content.exercise.Exercises;
import dockyard.learn.exercises.ExerciseProgress;
import dockyard.learn.exercises.ExerciseScripts;
import dockyard.learn.exercises.GoalChecker;
import dockyard.learn.sandbox.Sandbox;
import dockyard.learn.sandbox.Sandboxes;
import io.javalin.http.Context;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The exercise's part of its sandbox page: brief, goals, hints and success. Each time the page or a command's
 * answer is rendered, the goals are checked on the sandbox's live world (read-only, under the sandbox's lock) and,
 * for the owner, the first time they all hold the completion is recorded. A shared copy shows the goals without
 * recording anything.
 */
final class ExercisePart implements SandboxExtras {
    /** One goal as the page shows it. */
    record GoalView(String text, boolean reached) {
    }

    private record Checked(List<Boolean> goals, int learnerCommands) {
    }

    private final Exercises exercises;
    private final ExerciseProgress progress;
    private final Sandboxes sandboxes;
    private final Supplier<Messages> messages;
    private final Supplier<Course> course;

    ExercisePart(Exercises exercises, ExerciseProgress progress, Sandboxes sandboxes, Supplier<Messages> messages, Supplier<Course> course) {
        this.course = course;
        this.exercises = exercises;
        this.progress = progress;
        this.sandboxes = sandboxes;
        this.messages = messages;
    }

    @Override
    public Part partFor(Context ctx, Sandbox sandbox) {
        if (!Sandbox.EXERCISE.equals(sandbox.kind()) || sandbox.exerciseId() == null) return null;
        Exercise e = exercises.get(sandbox.exerciseId()).orElse(null);
        if (e == null) return null;
        return new Part("exercises/panel :: panel", model(ctx, e, sandbox));
    }

    /** The model of the exercise panel (and of the goals fragment alone). */
    Map<String, Object> model(Context ctx, Exercise e, Sandbox sandbox) {
        int setup = ExerciseScripts.setup(e).size();
        Checked c = sandboxes.inspect(sandbox, s -> new Checked(new GoalChecker().check(s.world(), e.goals()), s.log().size() - setup));
        boolean owner = sandbox.ownerId() == Guests.learnerId(ctx);
        ExerciseProgress.Status status = owner ? progress.evaluate(sandbox.ownerId(), e, c.goals(), Math.max(0, c.learnerCommands())).status()
                : progress.status(sandbox.ownerId(), e.id());
        String lang = Languages.of(ctx);
        List<GoalView> goals = new java.util.ArrayList<>();
        for (int i = 0; i < e.goals().size(); i++) goals.add(new GoalView(e.goals().get(i).text().text(lang), c.goals().get(i)));
        int shown = Math.min(status.hintsShown(), e.hints().size());
        Map<String, Object> m = new HashMap<>();
        m.put("exercise", e);
        m.put("exerciseLesson", course.get().lesson(e.lesson()).orElse(null));
        m.put("goals", goals);
        m.put("reachedCount", goals.stream().filter(GoalView::reached).count());
        m.put("hints", e.hints().subList(0, shown).stream().map(h -> h.text(lang)).toList());
        m.put("hintsLeft", e.hints().size() - shown);
        m.put("canHint", owner);
        m.put("solved", status.solved());
        m.put("solvedText", status.completion().map(x -> ExerciseLinks.solvedText(messages.get(), lang, x)).orElse(""));
        return m;
    }
}
