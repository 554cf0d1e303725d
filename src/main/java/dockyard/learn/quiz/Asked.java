package dockyard.learn.quiz;

import dockyard.content.exercise.Goal;
import dockyard.content.quiz.HandsOn;
import dockyard.content.quiz.Question;

import java.util.List;
import java.util.Set;

/**
 * A question as shown before it is answered, in one language: nothing in it says which options are right,
 * so a page built from it cannot leak the answer. A hands-on question has no options; {@code handsOn} carries
 * its task instead (never its answer).
 */
public record Asked(String id, String topic, String prompt, boolean multiple, int choose, List<Choice> options, Task handsOn) {
    public record Choice(String id, String text, boolean picked) {
    }

    /**
     * A hands-on question's task: the prompt as rendered HTML, the sentences of its checks (what must hold when the
     * learner submits; never whether they hold), and the answer field's label (null when no value is asked).
     */
    public record Task(String promptHtml, List<String> checks, String askLabel) {
    }

    /** A question as a page shows it before it is answered (nothing picked yet). */
    public static Asked forPage(Question q, String lang) {
        return of(q, lang, Set.of());
    }

    static Asked of(Question q, String lang, Set<String> picked) {
        return new Asked(q.id(), q.topic(), q.prompt().in(lang), q.multiple(), q.choose(),
                q.options().stream().map(o -> new Choice(o.id(), o.text().in(lang), picked.contains(o.id()))).toList(),
                q.handsOnQuestion() ? task(q.handsOn(), lang) : null);
    }

    private static Task task(HandsOn h, String lang) {
        return new Task(h.promptHtml().text(lang), h.checks().stream().map((Goal g) -> g.text().text(lang)).toList(),
                h.ask() == null ? null : h.ask().label().text(lang));
    }
}
