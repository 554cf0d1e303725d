package dockyard.learn.exercises;

import dockyard.content.ContentLoader;
import dockyard.content.Lesson;
import dockyard.content.exercise.Exercise;
import dockyard.content.exercise.ExerciseLoader;
import dockyard.content.exercise.Exercises;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Content is data: every exercise in content/exercises, played from its setup, reaches none of its goals, and its
 * reference solution then reaches all of them — from more than one seed, since every sandbox gets its own.
 */
class ExerciseContentTest {
    private static final Path CONTENT = Path.of("content");

    static Exercises exercises() {
        ContentLoader.Loaded course = ContentLoader.load(CONTENT);
        ExerciseLoader.Result r = ExerciseLoader.load(CONTENT.resolve("exercises"),
                course.course().lessons().stream().map(Lesson::id).collect(Collectors.toSet()));
        assertThat(r.problems()).isEmpty();
        return r.exercises();
    }

    @Test
    void everySolutionReachesEveryGoalAndTheSetupAloneReachesNone() {
        for (Exercise e : exercises().all()) {
            for (long seed : new long[]{1, 20261124L}) {
                assertThat(ExercisesSection.replayProblems(e, seed)).as("%s with seed %d", e.id(), seed).isEmpty();
            }
        }
    }

    @Test
    void thereAreAtLeastTwoExercisesForEachSectionTheEngineCovers() {
        Map<String, Integer> sections = ContentLoader.load(CONTENT).course().lessons().stream()
                .collect(Collectors.toMap(Lesson::id, Lesson::section));
        Map<Integer, Long> perSection = exercises().all().stream()
                .collect(Collectors.groupingBy(e -> sections.get(e.lesson()), Collectors.counting()));
        assertThat(exercises().size()).isGreaterThanOrEqualTo(16);
        for (int s : List.of(1, 2, 3, 4, 5, 6, 7, 9)) {
            assertThat(perSection.getOrDefault(s, 0L)).as("exercises for seed section %d", s).isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void checkContentCountsTheExercises() {
        var result = new ExercisesSection().check(CONTENT);
        assertThat(result.problems()).isEmpty();
        assertThat(result.count()).isEqualTo(exercises().size());
        assertThat(exercises().all().stream().map(Exercise::id).collect(Collectors.toMap(Function.identity(), i -> 1))).hasSize(result.count());
    }
}
