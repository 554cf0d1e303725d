package dockyard.learn.quiz;

import dockyard.content.quiz.Question;

import java.util.List;
import java.util.Set;

/**
 * A question as shown before it is answered, in one language: nothing in it says which options are right,
 * so a page built from it cannot leak the answer.
 */
public record Asked(String id, String topic, String prompt, boolean multiple, int choose, List<Choice> options) {
    public record Choice(String id, String text, boolean picked) {
    }

    static Asked of(Question q, String lang, Set<String> picked) {
        return new Asked(q.id(), q.topic(), q.prompt().in(lang), q.multiple(), q.choose(),
                q.options().stream().map(o -> new Choice(o.id(), o.text().in(lang), picked.contains(o.id()))).toList());
    }
}
