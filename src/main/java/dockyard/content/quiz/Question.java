package dockyard.content.quiz;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * One exam-style question, immutable. Invariants after validation: {@code choose} options are correct
 * ({@code 1} for {@link Type#SINGLE}, 2 or 3 for {@link Type#MULTIPLE}); option ids are unique; every text
 * has both languages; {@code difficulty} is 1–3; {@code domains} are known exam codes. A
 * {@link Type#HANDS_ON} question has no options and {@code choose} 0; its {@link HandsOn} part says how it is
 * set up and marked, and is null for every other type.
 *
 * @param topic   the lesson id this question belongs to
 * @param section a heading anchor in the lesson to link back to, or empty
 * @param doc     the documentation page that proves the answer
 */
public record Question(String id, String topic, Type type, int choose, int difficulty, List<String> domains,
                       String section, String doc, Bilingual prompt, List<Option> options, HandsOn handsOn) {
    public enum Type { SINGLE, MULTIPLE, HANDS_ON }

    public Question {
        domains = List.copyOf(domains);
        options = List.copyOf(options);
    }

    /** A multiple-choice question (single or multiple response). */
    public Question(String id, String topic, Type type, int choose, int difficulty, List<String> domains,
                    String section, String doc, Bilingual prompt, List<Option> options) {
        this(id, topic, type, choose, difficulty, domains, section, doc, prompt, options, null);
    }

    /** True for a question answered in a sandbox rather than by picking options. */
    public boolean handsOnQuestion() {
        return type == Type.HANDS_ON;
    }

    public boolean multiple() {
        return type == Type.MULTIPLE;
    }

    /** The ids of the correct options, sorted. */
    public Set<String> correctIds() {
        Set<String> ids = new TreeSet<>();
        for (Option o : options) if (o.correct()) ids.add(o.id());
        return ids;
    }

    public Optional<Option> option(String optionId) {
        return options.stream().filter(o -> o.id().equals(optionId)).findFirst();
    }

    /** True when exactly the correct options were chosen. */
    public boolean isRight(Set<String> chosen) {
        return correctIds().equals(new TreeSet<>(chosen));
    }
}
