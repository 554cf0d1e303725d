package dockyard.learn.handson;

import com.fasterxml.jackson.databind.JsonNode;
import dockyard.content.quiz.HandsOn;
import dockyard.learn.exercises.GoalChecker;
import dockyard.sim.World;

import java.util.List;
import java.util.Optional;

/**
 * Marks a hands-on answer from the simulation: the question's checks on the learner's own world (proof they did
 * the work), and the typed value against what {@code ask.check} prints in the reference world replayed from the
 * learner's seed (so an untouched or broken sandbox cannot make a wrong value right). Reads only: neither world
 * changes. Not thread-safe (it holds a {@link GoalChecker}); make one per use.
 */
public final class HandsOnMarker {
    private final GoalChecker checker = new GoalChecker();

    /**
     * @param checks for each of the question's checks, whether it held in the learner's sandbox ({@link #checks})
     * @param seed   the learner's sandbox seed
     * @param typed  what the learner typed; ignored when the question asks for no value
     */
    public Marking mark(HandsOn h, List<Boolean> checks, long seed, String typed) {
        boolean right = checks.stream().allMatch(Boolean::booleanValue);
        String given = null;
        String expected = null;
        if (h.ask() != null) {
            given = AnswerValues.normalise(typed);
            if (given.length() > AnswerValues.MAX_LENGTH) given = given.substring(0, AnswerValues.MAX_LENGTH);
            expected = expected(h, seed).orElse(null);
            right = right && expected != null && AnswerValues.same(given, expected);
        }
        return new Marking(checks, given, expected, right);
    }

    /** What {@code ask.check} prints in the reference world of {@code seed}; empty when the check fails there. */
    public Optional<String> expected(HandsOn h, long seed) {
        if (h.ask() == null) return Optional.empty();
        Optional<JsonNode> v = checker.value(HandsOnScripts.reference(h, seed).world(), h.ask().check());
        return v.map(AnswerValues::text);
    }

    /** For each check, whether it holds in {@code world} (the learner's, read under its sandbox's lock). */
    public List<Boolean> checks(HandsOn h, World world) {
        return checker.check(world, h.checks());
    }
}
