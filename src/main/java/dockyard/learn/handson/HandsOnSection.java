package dockyard.learn.handson;

import dockyard.content.ContentLoader;
import dockyard.content.ContentProblem;
import dockyard.content.ContentSection;
import dockyard.content.Lesson;
import dockyard.content.exercise.Goal;
import dockyard.content.quiz.HandsOn;
import dockyard.content.quiz.HandsOnLoader;
import dockyard.content.quiz.Question;
import dockyard.content.quiz.QuestionLoader;
import dockyard.content.quiz.SectionAnchors;
import dockyard.learn.exercises.ExerciseScripts;
import dockyard.shell.ShellSession;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The hands-on section of {@code check-content}: every {@code content/hands-on/*.yaml} is well-formed (the loader's
 * checks, ids unique across the whole bank), and plays out from several seeds: the setup runs without a failing
 * command and does not already satisfy the checks; after the solution every check holds and {@code ask.check}
 * prints the stated {@code answer} (so the answer cannot depend on random ids).
 */
public final class HandsOnSection implements ContentSection {
    /** The seeds every question is played from; the learner's sandbox gets a random one. */
    public static final List<Long> SEEDS = List.of(1L, 2L, 3L);

    /** Hands-on questions are questions: they add to the pinned summary line's {@code questions=N}. */
    @Override
    public String name() {
        return "questions";
    }

    @Override
    public Result check(Path root) {
        dockyard.content.Course course = ContentLoader.load(root).course();
        Set<String> lessons = course.lessons().stream().map(Lesson::id).collect(Collectors.toSet());
        Set<String> taken = new HashSet<>();
        QuestionLoader.load(root.resolve("quiz"), lessons).bank().all().forEach(q -> taken.add(q.id()));
        List<String> loadProblems = new ArrayList<>();
        List<Question> questions = HandsOnLoader.load(root.resolve("hands-on"), lessons, taken, loadProblems);
        List<ContentProblem> problems = new ArrayList<>();
        for (String p : loadProblems) {
            int colon = p.indexOf(": ");
            problems.add(colon < 0 ? new ContentProblem("content/hands-on", p) : new ContentProblem(p.substring(0, colon), p.substring(colon + 2)));
        }
        problems.addAll(SectionAnchors.problems(questions, course, q -> "content/hands-on/" + q.id() + ".yaml"));
        int ok = 0;
        for (Question q : questions) {
            List<String> mine = new ArrayList<>();
            for (long seed : SEEDS) {
                for (String m : replayProblems(q.handsOn(), seed)) if (!mine.contains(m)) mine.add(m);
            }
            mine.forEach(m -> problems.add(new ContentProblem("content/hands-on/" + q.id() + ".yaml", m)));
            if (mine.isEmpty()) ok++;
        }
        return new Result(ok, problems);
    }

    /** What is wrong when the question is played from {@code seed}. */
    public static List<String> replayProblems(HandsOn h, long seed) {
        List<String> problems = new ArrayList<>();
        HandsOnMarker marker = new HandsOnMarker();
        ShellSession s = HandsOnScripts.setUp(h, seed);
        ExerciseScripts.failures(s).forEach(f -> problems.add("setup command failed: " + f));
        if (!h.checks().isEmpty() && marker.checks(h, s.world()).stream().allMatch(Boolean::booleanValue)) {
            problems.add("the setup alone already satisfies every check");
        }
        ShellSession ref = HandsOnScripts.reference(h, seed);
        List<Boolean> after = marker.checks(h, ref.world());
        for (int i = 0; i < after.size(); i++) {
            Goal g = h.checks().get(i);
            if (!after.get(i)) problems.add("the solution does not satisfy check " + (i + 1) + " (" + g.text().en() + "); check: " + g.check());
        }
        if (h.ask() != null) {
            String expected = marker.expected(h, seed).orElse(null);
            if (expected == null) problems.add("ask.check fails after the solution: " + h.ask().check());
            else if (!AnswerValues.same(h.answer(), expected)) {
                problems.add("after the solution ask.check prints '" + expected + "', not the stated answer '" + h.answer() + "' (seed " + seed + ")");
            }
        }
        return problems;
    }
}
