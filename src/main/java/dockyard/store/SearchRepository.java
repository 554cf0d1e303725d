package dockyard.store;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Result;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static dockyard.store.jooq.Tables.CONTENT_INDEX;

/**
 * The FTS5 table {@code lesson_search} (trigram tokenizer). It is a virtual table jOOQ cannot generate, so it
 * is queried with bound plain SQL here, the one package that speaks SQL.
 */
public final class SearchRepository {
    /** One searchable section of a lesson in one language. */
    public record Entry(String lessonId, String lang, String anchor, String title, String heading, String body) {
    }

    /**
     * A hit. {@code snippet} is a stretch of the matched text with the match between {@link #MARK_START} and {@link #MARK_END}
     * (plain text otherwise, to be escaped by the caller).
     */
    public record Hit(String lessonId, String lang, String anchor, String title, String heading, String snippet) {
    }

    public static final char MARK_START = '\u0002';
    public static final char MARK_END = '\u0003';
    private static final String INDEX_NAME = "lessons";
    private final Database db;

    public SearchRepository(Database db) {
        this.db = db;
    }

    /** The content hash the index was last built from. */
    public Optional<String> indexedHash() {
        return db.read().select(CONTENT_INDEX.HASH).from(CONTENT_INDEX).where(CONTENT_INDEX.NAME.eq(INDEX_NAME)).fetchOptional(CONTENT_INDEX.HASH);
    }

    /** Replaces the whole index in one transaction and records the hash it was built from. */
    public void replaceAll(List<Entry> entries, String hash, long now) {
        db.write().transaction(tx -> {
            DSLContext t = tx.dsl();
            t.execute("DELETE FROM lesson_search");
            for (Entry e : entries) {
                t.execute("INSERT INTO lesson_search (lesson_id, lang, anchor, title, heading, body) VALUES (?, ?, ?, ?, ?, ?)",
                        e.lessonId(), e.lang(), e.anchor(), e.title(), e.heading(), e.body());
            }
            t.insertInto(CONTENT_INDEX).set(CONTENT_INDEX.NAME, INDEX_NAME).set(CONTENT_INDEX.HASH, hash)
                    .set(CONTENT_INDEX.INDEXED_AT, now)
                    .onConflict(CONTENT_INDEX.NAME).doUpdate()
                    .set(CONTENT_INDEX.HASH, hash).set(CONTENT_INDEX.INDEXED_AT, now)
                    .execute();
        });
    }

    /**
     * Full-text search: every term (each at least 3 characters, as trigrams need) must occur; sections in
     * {@code lang} first, then by relevance.
     */
    public List<Hit> match(List<String> terms, String lang, int limit) {
        StringBuilder query = new StringBuilder();
        for (String term : terms) {
            if (query.length() > 0) query.append(" AND ");
            query.append('"').append(term.replace("\"", "\"\"")).append('"');
        }
        Result<Record> rows = db.read().fetch(
                "SELECT lesson_id, lang, anchor, title, heading, body AS snip"
                        + " FROM lesson_search WHERE lesson_search MATCH ?"
                        + " ORDER BY (lang = ?) DESC, bm25(lesson_search, 0, 0, 0, 5.0, 3.0, 1.0) LIMIT ?",
                query.toString(), lang, limit);
        // FTS5's snippet() counts trigram tokens, which makes snippets a few characters long; cut our own instead
        return withSnippets(hits(rows), terms);
    }

    /**
     * Substring search for terms too short for trigrams (Korean words are often two syllables): every term must
     * occur in the heading or body. The snippet is cut around the first term.
     */
    public List<Hit> like(List<String> terms, String lang, int limit) {
        StringBuilder where = new StringBuilder();
        List<Object> args = new ArrayList<>();
        for (String term : terms) {
            if (where.length() > 0) where.append(" AND ");
            where.append("(heading || ' ' || body) LIKE ? ESCAPE '\\'");
            args.add("%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        args.add(lang);
        args.add(limit);
        Result<Record> rows = db.read().fetch(
                "SELECT lesson_id, lang, anchor, title, heading, body AS snip FROM lesson_search WHERE " + where
                        + " ORDER BY (lang = ?) DESC, rowid LIMIT ?", args.toArray());
        return withSnippets(hits(rows), terms);
    }

    private static List<Hit> withSnippets(List<Hit> hits, List<String> terms) {
        return hits.stream().map(h -> new Hit(h.lessonId(), h.lang(), h.anchor(), h.title(), h.heading(), Snippets.around(h.snippet(), terms))).toList();
    }

    private static List<Hit> hits(Result<Record> rows) {
        List<Hit> hits = new ArrayList<>();
        for (Record r : rows) {
            hits.add(new Hit(r.get(0, String.class), r.get(1, String.class), r.get(2, String.class), r.get(3, String.class),
                    r.get(4, String.class), r.get(5, String.class)));
        }
        return hits;
    }
}
