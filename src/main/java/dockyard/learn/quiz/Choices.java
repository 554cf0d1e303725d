package dockyard.learn.quiz;

import dockyard.content.quiz.Question;

import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The options a learner picked, checked against the question and stored as "a,c". A hands-on question has none. */
final class Choices {
    private Choices() {
    }

    /** Checks every id names an option of {@code q} and at most {@code max} were picked; returns them sorted. */
    static Set<String> check(Question q, Collection<String> picked, int min, int max) {
        if (q.handsOnQuestion()) throw QuizError.badInput("quiz.error.handsOnInSandbox");
        Set<String> ids = new TreeSet<>();
        for (String p : picked) {
            if (p == null || q.option(p).isEmpty()) throw QuizError.badInput("quiz.error.unknownOption");
            ids.add(p);
        }
        if (ids.size() < min || ids.size() > max) throw QuizError.badInput("quiz.error.choose", q.choose());
        return ids;
    }

    static String join(Set<String> ids) {
        return ids.isEmpty() ? null : String.join(",", ids);
    }

    static Set<String> split(String stored) {
        if (stored == null || stored.isEmpty()) return Set.of();
        return Arrays.stream(stored.split(",")).collect(Collectors.toCollection(TreeSet::new));
    }
}
