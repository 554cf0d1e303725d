package dockyard.learn.quiz;

import dockyard.content.quiz.Question;

import java.util.List;
import java.util.Set;

/** An answered question in one language: what was chosen, what is right, and why each option is or is not. */
public record Marked(int position, String id, String topic, String section, String prompt, boolean multiple, int choose,
                     String doc, boolean right, boolean answered, boolean flagged, List<Line> options) {
    public record Line(String id, String text, String why, boolean correct, boolean chosen) {
    }

    static Marked of(int position, Question q, String lang, Set<String> chosen, boolean flagged) {
        return new Marked(position, q.id(), q.topic(), q.section(), q.prompt().in(lang), q.multiple(), q.choose(), q.doc(),
                q.isRight(chosen), !chosen.isEmpty(), flagged,
                q.options().stream().map(o -> new Line(o.id(), o.text().in(lang), o.why().in(lang), o.correct(), chosen.contains(o.id()))).toList());
    }
}
