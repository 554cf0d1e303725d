package dockyard.content;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One lesson: its metadata from {@code lesson.yaml} and its rendered bodies per language.
 *
 * @param id       the stable URL id ({@code /lessons/{id}}); never renamed
 * @param section  the seed section it teaches (1-based)
 * @param minutes  reading time in minutes
 * @param partId   the course part it belongs to
 * @param bodies   "ko" and "en" bodies
 */
public record Lesson(String id, int section, int minutes, Localized title, Localized summary,
                     List<KeyTerm> keyTerms, List<DocLink> docs, String partId, Map<String, LessonBody> bodies) {
    public Lesson {
        keyTerms = List.copyOf(keyTerms);
        docs = List.copyOf(docs);
        bodies = Map.copyOf(bodies);
    }

    /** The body in {@code lang}, Korean for anything but "en". */
    public LessonBody body(String lang) {
        return bodies.get("en".equals(lang) ? "en" : "ko");
    }

    /** Every heading anchor of the lesson in either language (what a question's {@code section} may name). */
    public Set<String> anchors() {
        Set<String> all = new TreeSet<>();
        bodies.values().forEach(b -> b.headings().forEach(h -> all.add(h.id())));
        return all;
    }
}
