package dockyard.learn.exercises;

import dockyard.content.exercise.Exercise;
import dockyard.store.ExerciseRepository;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A learner's progress on exercises, kept in SQLite: hints revealed one at a time (counted), and the first
 * completion — when every goal holds after one of the learner's commands — with the number of the learner's own
 * commands (the setup's are not counted) and of the hints revealed by then. Recorded once; later runs do not
 * change it.
 */
public final class ExerciseProgress {
    /** A completed exercise: when (epoch ms), with how many of the learner's commands and hints. */
    public record Completion(long completedAt, int commands, int hints) {
    }

    /** Hints shown so far, and the completion if there is one. */
    public record Status(int hintsShown, Optional<Completion> completion) {
        public boolean solved() {
            return completion.isPresent();
        }
    }

    /**
     * The goals after a command.
     *
     * @param goals      for each goal in order, whether it holds now
     * @param status     the learner's status after recording
     * @param justSolved whether this evaluation recorded the completion
     */
    public record Evaluation(List<Boolean> goals, Status status, boolean justSolved) {
        public boolean allReached() {
            return !goals.isEmpty() && goals.stream().allMatch(b -> b);
        }
    }

    private final ExerciseRepository repository;
    private final Clock clock;

    public ExerciseProgress(ExerciseRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    public Status status(long learnerId, String exerciseId) {
        return repository.find(learnerId, exerciseId).map(ExerciseProgress::status).orElse(new Status(0, Optional.empty()));
    }

    /** The learner's completions by exercise id. */
    public Map<String, Completion> completions(long learnerId) {
        Map<String, Completion> out = new HashMap<>();
        for (ExerciseRepository.Row r : repository.forLearner(learnerId)) status(r).completion().ifPresent(c -> out.put(r.exerciseId(), c));
        return out;
    }

    /** Reveals the next hint; empty when every hint is already shown (nothing changes then). */
    public Optional<Integer> revealHint(long learnerId, Exercise exercise) {
        int before = status(learnerId, exercise.id()).hintsShown();
        if (before >= exercise.hints().size()) return Optional.empty();
        return Optional.of(repository.revealHint(learnerId, exercise.id(), exercise.hints().size(), clock.millis()));
    }

    /**
     * Records the completion the first time every goal holds.
     *
     * @param goals           for each goal, whether it holds now (from a {@link GoalChecker} on the sandbox's world)
     * @param learnerCommands how many commands the learner has run in this exercise's sandbox (setup excluded)
     */
    public Evaluation evaluate(long learnerId, Exercise exercise, List<Boolean> goals, int learnerCommands) {
        boolean all = !goals.isEmpty() && goals.stream().allMatch(b -> b);
        boolean recorded = all && repository.complete(learnerId, exercise.id(), learnerCommands, clock.millis());
        return new Evaluation(List.copyOf(goals), status(learnerId, exercise.id()), recorded);
    }

    private static Status status(ExerciseRepository.Row r) {
        Optional<Completion> c = r.completedAt() == null ? Optional.empty()
                : Optional.of(new Completion(r.completedAt(), r.commandsUsed(), r.hintsUsed()));
        return new Status(r.hintsShown(), c);
    }
}
