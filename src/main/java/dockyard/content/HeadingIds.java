package dockyard.content;

import org.commonmark.ext.heading.anchor.IdGenerator;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives headings ids that are the same in both languages: when the Korean and English bodies have the same
 * outline (the same heading levels in the same order), every heading takes the slug of its English
 * counterpart, so {@code /lessons/x#exam-tips} works on the Korean page too. Otherwise each language
 * keeps slugs of its own text.
 */
final class HeadingIds {
    private HeadingIds() {
    }

    /** Heading node → id, for both documents. {@code matched} tells whether the outlines lined up. */
    record Assignment(Map<Heading, String> ids, boolean matched) {
    }

    static Assignment assign(Node ko, Node en) {
        List<Heading> koHeadings = headings(ko);
        List<Heading> enHeadings = headings(en);
        Map<Heading, String> ids = new IdentityHashMap<>();
        boolean same = koHeadings.size() == enHeadings.size();
        for (int i = 0; same && i < koHeadings.size(); i++) {
            same = koHeadings.get(i).getLevel() == enHeadings.get(i).getLevel();
        }
        IdGenerator english = IdGenerator.builder().defaultId("section").build();
        if (same) {
            for (int i = 0; i < enHeadings.size(); i++) {
                String id = english.generateId(Texts.of(enHeadings.get(i)));
                ids.put(enHeadings.get(i), id);
                ids.put(koHeadings.get(i), id);
            }
        } else {
            IdGenerator korean = IdGenerator.builder().defaultId("section").build();
            enHeadings.forEach(h -> ids.put(h, english.generateId(Texts.of(h))));
            koHeadings.forEach(h -> ids.put(h, korean.generateId(Texts.of(h))));
        }
        return new Assignment(ids, same);
    }

    static List<Heading> headings(Node doc) {
        List<Heading> found = new ArrayList<>();
        doc.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                found.add(heading);
            }
        });
        return found;
    }
}
