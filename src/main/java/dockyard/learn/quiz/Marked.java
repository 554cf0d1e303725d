package dockyard.learn.quiz;

import dockyard.content.quiz.HandsOn;
import dockyard.content.quiz.Question;
import dockyard.learn.handson.Marking;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An answered question in one language: what was chosen, what is right, and why each option is or is not. A
 * hands-on question has no options; {@code handsOn} says which checks held, the value given and the right one.
 */
public record Marked(int position, String id, String topic, String section, String prompt, boolean multiple, int choose,
                     String doc, boolean right, boolean answered, boolean flagged, List<Line> options, Result handsOn) {
    public record Line(String id, String text, String why, boolean correct, boolean chosen) {
    }

    /** One check of a hands-on question and whether it held when the learner submitted. */
    public record Check(String text, boolean held) {
    }

    /**
     * How a hands-on answer was marked: the task (rendered), each check, and for a question that asks a value its
     * label, the value given and the value in the reference world; then the explanation (rendered).
     */
    public record Result(String promptHtml, List<Check> checks, String askLabel, String given, String expected,
                         String explanationHtml) {
    }

    /** @param stored the answer row's {@code chosen}: option ids "a,c", or a hands-on {@link Marking}'s JSON */
    static Marked of(int position, Question q, String lang, String stored, boolean flagged) {
        if (q.handsOnQuestion()) return handsOn(position, q, lang, stored, flagged);
        Set<String> chosen = Choices.split(stored);
        return new Marked(position, q.id(), q.topic(), q.section(), q.prompt().in(lang), q.multiple(), q.choose(), q.doc(),
                q.isRight(chosen), !chosen.isEmpty(), flagged,
                q.options().stream().map(o -> new Line(o.id(), o.text().in(lang), o.why().in(lang), o.correct(), chosen.contains(o.id()))).toList(),
                null);
    }

    private static Marked handsOn(int position, Question q, String lang, String stored, boolean flagged) {
        HandsOn h = q.handsOn();
        Marking m = Marking.parse(stored).orElse(null);
        List<Check> checks = new ArrayList<>();
        for (int i = 0; i < h.checks().size(); i++) {
            boolean held = m != null && i < m.checks().size() && m.checks().get(i);
            checks.add(new Check(h.checks().get(i).text().text(lang), held));
        }
        Result r = new Result(h.promptHtml().text(lang), checks, h.ask() == null ? null : h.ask().label().text(lang),
                m == null ? null : m.given(), m == null ? null : m.expected(), h.explanationHtml().text(lang));
        return new Marked(position, q.id(), q.topic(), q.section(), q.prompt().in(lang), false, 0, q.doc(),
                m != null && m.right(), m != null, flagged, List.of(), r);
    }
}
