package dockyard.content;

import java.util.List;

/**
 * A lesson body in one language, rendered once at load time.
 *
 * @param html     sanitised HTML: raw HTML escaped, unsafe links removed, diagrams inlined as figures
 * @param headings every {@code ##} and {@code ###} heading in order, for the table of contents
 * @param sections the plain text split at headings, for search
 * @param diagrams how many diagrams the body shows
 */
public record LessonBody(String html, List<Heading> headings, List<Section> sections, int diagrams) {
    public LessonBody {
        headings = List.copyOf(headings);
        sections = List.copyOf(sections);
    }
}
