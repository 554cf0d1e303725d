package dockyard.learn.exercises;

import dockyard.content.ContentLoader;
import dockyard.content.ContentProblem;
import dockyard.content.ContentSection;
import dockyard.content.Lesson;
import dockyard.content.exercise.Exercise;
import dockyard.content.exercise.ExerciseLoader;
import dockyard.content.exercise.Goal;
import dockyard.shell.ShellSession;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The exercises section of {@code check-content}: every {@code content/exercises/*.yaml} is well-formed (the
 * loader's checks), its setup runs without a failing command and reaches none of its goals, and its reference
 * solution, run after the setup, reaches every goal. Content is data: this is what keeps it honest.
 */
public final class ExercisesSection implements ContentSection {
    /** The seed the solutions are replayed with (any seed must do; the tests try others). */
    static final long SEED = 1;

    @Override
    public String name() {
        return "exercises";
    }

    @Override
    public Result check(Path root) {
        Set<String> lessons = ContentLoader.load(root).course().lessons().stream().map(Lesson::id).collect(Collectors.toSet());
        ExerciseLoader.Result loaded = ExerciseLoader.load(root.resolve("exercises"), lessons);
        List<ContentProblem> problems = new ArrayList<>(loaded.problems());
        int ok = 0;
        for (Exercise e : loaded.exercises().all()) {
            List<String> mine = replayProblems(e, SEED);
            mine.forEach(m -> problems.add(new ContentProblem("content/exercises/" + e.id() + ".yaml", m)));
            if (mine.isEmpty()) ok++;
        }
        return new Result(ok, problems);
    }

    /** What is wrong when the exercise is played from {@code seed}: setup failures, goals reached too early or never. */
    public static List<String> replayProblems(Exercise e, long seed) {
        List<String> problems = new ArrayList<>();
        GoalChecker checker = new GoalChecker();
        ShellSession s = ExerciseScripts.setUp(e, seed);
        ExerciseScripts.failures(s).forEach(f -> problems.add("setup command failed: " + f));
        List<Boolean> before = checker.check(s.world(), e.goals());
        for (int i = 0; i < before.size(); i++) {
            if (before.get(i)) problems.add("goal " + (i + 1) + " is already reached by the setup alone: " + e.goals().get(i).text().en());
        }
        for (String c : ExerciseScripts.solution(e)) s.run(c);
        List<Boolean> after = checker.check(s.world(), e.goals());
        for (int i = 0; i < after.size(); i++) {
            Goal g = e.goals().get(i);
            if (!after.get(i)) problems.add("the solution does not reach goal " + (i + 1) + " (" + g.text().en() + "); check: " + g.check());
        }
        return problems;
    }
}
