package dockyard.learn;

import dockyard.content.Course;
import dockyard.content.Lesson;
import dockyard.content.Section;
import dockyard.store.SearchRepository;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Search over the lessons in both languages. The index (SQLite FTS5, trigram tokenizer) is rebuilt from the
 * loaded course only when the content's hash differs from the one it was built from.
 */
public final class SiteSearch {
    /** Longest query considered, in characters; longer input is cut. */
    public static final int MAX_QUERY = 100;
    private static final int MAX_TERMS = 6;
    private static final int LIMIT = 30;

    /**
     * One result: a section of a lesson in one language.
     *
     * @param snippetHtml escaped text with the matches wrapped in {@code <mark>}
     */
    public record Result(String lessonId, String lang, String anchor, String title, String heading, String snippetHtml) {
    }

    private final SearchRepository repository;
    private final Clock clock;

    public SiteSearch(SearchRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** Rebuilds the index when the course differs from what was indexed; returns whether it did. */
    public boolean index(Course course) {
        if (repository.indexedHash().filter(course.hash()::equals).isPresent()) return false;
        List<SearchRepository.Entry> entries = new ArrayList<>();
        for (Lesson lesson : course.lessons()) {
            for (String lang : List.of("ko", "en")) {
                String title = lesson.title().text(lang);
                StringBuilder intro = new StringBuilder(title).append(". ").append(lesson.summary().text(lang));
                lesson.keyTerms().forEach(t -> intro.append(' ').append(t.term().text(lang)).append(' ').append(t.definition().text(lang)));
                entries.add(new SearchRepository.Entry(lesson.id(), lang, "", title, "", intro.toString()));
                for (Section s : lesson.body(lang).sections()) {
                    entries.add(new SearchRepository.Entry(lesson.id(), lang, s.anchor(), title, s.heading(), s.text()));
                }
            }
        }
        repository.replaceAll(entries, course.hash(), clock.millis());
        return true;
    }

    /** Results for {@code query}, sections in {@code lang} first; an empty or blank query finds nothing. */
    public List<Result> search(String query, String lang) {
        List<String> terms = terms(query);
        if (terms.isEmpty()) return List.of();
        boolean shortTerm = terms.stream().anyMatch(t -> t.codePointCount(0, t.length()) < 3);
        List<SearchRepository.Hit> hits = shortTerm ? repository.like(terms, lang, LIMIT) : repository.match(terms, lang, LIMIT);
        return hits.stream().map(h -> new Result(h.lessonId(), h.lang(), h.anchor(), h.title(), h.heading(), highlight(h.snippet()))).toList();
    }

    static List<String> terms(String query) {
        if (query == null) return List.of();
        String q = query.strip();
        if (q.length() > MAX_QUERY) q = q.substring(0, MAX_QUERY);
        return Arrays.stream(q.split("\\s+")).map(t -> t.replaceAll("\\p{Cntrl}", "")).filter(t -> !t.isBlank())
                .distinct().limit(MAX_TERMS).toList();
    }

    private static String highlight(String snippet) {
        StringBuilder out = new StringBuilder();
        for (char c : snippet.toCharArray()) {
            switch (c) {
                case SearchRepository.MARK_START -> out.append("<mark>");
                case SearchRepository.MARK_END -> out.append("</mark>");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
