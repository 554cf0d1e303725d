package dockyard.content;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.UrlSanitizer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Renders a lesson's two Markdown bodies once, at load: CommonMark + GFM tables, raw HTML escaped, links
 * other than http(s), mailto and relative ones removed, heading ids shared by both languages, and
 * {@code ![alt](name.svg)} turned into a figure with the SVG of the body's language inlined.
 */
final class LessonMarkdown {
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final UrlSanitizer URLS = new UrlSanitizer() {
        @Override
        public String sanitizeLinkUrl(String url) {
            return safeLink(url) ? url : "";
        }

        @Override
        public String sanitizeImageUrl(String url) {
            return "";
        }
    };

    private LessonMarkdown() {
    }

    /** What an SVG lookup needs: the diagram's file name and the language; empty when the file is missing. */
    interface Diagrams extends BiFunction<String, String, Optional<String>> {
    }

    /**
     * @param lessonId   used to make figure and SVG ids unique on the page
     * @param sources    "ko" and "en" Markdown
     * @param files      "ko" and "en" file names as shown in problems
     * @param diagrams   reads {@code name.lang.svg} from the lesson folder
     */
    static Map<String, LessonBody> render(String lessonId, Map<String, String> sources, Map<String, String> files,
                                          Diagrams diagrams, List<ContentProblem> problems) {
        Node ko = PARSER.parse(sources.get("ko"));
        Node en = PARSER.parse(sources.get("en"));
        HeadingIds.Assignment ids = HeadingIds.assign(ko, en);
        if (!ids.matched()) {
            problems.add(new ContentProblem(files.get("ko"), "its headings (levels and order) differ from en.md, so anchors"
                    + " cannot be shared between the languages; give both files the same outline"));
        }
        return Map.of(
                "ko", body(lessonId, "ko", ko, ids, files.get("ko"), diagrams, problems),
                "en", body(lessonId, "en", en, ids, files.get("en"), diagrams, problems));
    }

    private static LessonBody body(String lessonId, String lang, Node doc, HeadingIds.Assignment ids, String file,
                                   Diagrams diagrams, List<ContentProblem> problems) {
        int figures = transform(lessonId, lang, doc, file, diagrams, problems);
        List<dockyard.content.Heading> headings = new ArrayList<>();
        for (Heading h : HeadingIds.headings(doc)) {
            if (h.getLevel() == 1) {
                problems.add(new ContentProblem(file, "'# " + Texts.of(h) + "': start at ## (the page prints the title as #)"));
            } else if (h.getLevel() <= 3) {
                headings.add(new dockyard.content.Heading(h.getLevel(), ids.ids().get(h), Texts.of(h)));
            }
        }
        HtmlRenderer renderer = HtmlRenderer.builder()
                .extensions(EXTENSIONS)
                .escapeHtml(true)
                .sanitizeUrls(true)
                .urlSanitizer(URLS)
                .attributeProviderFactory(ctx -> (node, tag, attrs) -> {
                    if (node instanceof Heading h && ids.ids().containsKey(h)) attrs.put("id", ids.ids().get(h));
                    if (node instanceof Link l) {
                        // the URL sanitiser marks every link nofollow; our own and AWS's pages are not ads
                        if (isExternal(l.getDestination())) attrs.put("rel", "noopener noreferrer");
                        else attrs.remove("rel");
                    }
                })
                .nodeRendererFactory(FigureRenderer::new)
                .build();
        return new LessonBody(renderer.render(doc), headings, sections(doc, ids), figures);
    }

    /** Removes unsafe links and turns lone SVG images into figures; returns how many figures there are. */
    private static int transform(String lessonId, String lang, Node doc, String file, Diagrams diagrams,
                                 List<ContentProblem> problems) {
        List<Link> unsafe = new ArrayList<>();
        List<Image> images = new ArrayList<>();
        doc.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                if (!safeLink(link.getDestination())) unsafe.add(link);
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                images.add(image);
            }

            @Override
            public void visit(FencedCodeBlock code) {
                if (code.getInfo() == null || code.getInfo().isBlank()) {
                    problems.add(new ContentProblem(file, "a code block without a language; write ```bash, ```dockerfile,"
                            + " ```json, ```yaml or ```text"));
                }
            }

            @Override
            public void visit(IndentedCodeBlock code) {
                problems.add(new ContentProblem(file, "an indented code block; use a fenced block with a language (```bash)"));
            }
        });
        for (Link link : unsafe) {
            problems.add(new ContentProblem(file, "link to '" + link.getDestination() + "' removed: only http(s), mailto"
                    + " and relative links are allowed"));
            unwrap(link);
        }
        int n = 0;
        for (Image image : images) {
            String alt = Texts.of(image);
            String dest = image.getDestination();
            Node parent = image.getParent();
            boolean alone = parent instanceof Paragraph && image.getPrevious() == null && image.getNext() == null;
            boolean svg = dest.toLowerCase(Locale.ROOT).endsWith(".svg") && !dest.contains("/") && !dest.contains(":");
            if (!alone || !svg) {
                problems.add(new ContentProblem(file, "image '" + dest + "': diagrams are SVG files in the lesson folder,"
                        + " each in a paragraph of its own: ![text alternative](name.svg)"));
                image.insertBefore(new Text(alt));
                image.unlink();
                continue;
            }
            if (alt.isBlank()) problems.add(new ContentProblem(file, "diagram '" + dest + "' has no text alternative"));
            n++;
            String name = dest.substring(0, dest.length() - 4);
            String prefix = lessonId + "-d" + n + "-";
            String captionId = prefix + "caption";
            String markup = "";
            Optional<String> source = diagrams.apply(name, lang);
            if (source.isEmpty()) {
                problems.add(new ContentProblem(file, "diagram '" + dest + "' needs the file " + name + "." + lang + ".svg"));
            } else {
                SvgSanitizer.Result clean = SvgSanitizer.sanitize(source.get(), prefix, captionId);
                clean.removed().forEach(r -> problems.add(new ContentProblem(
                        file.replaceAll("[^/]+$", "") + name + "." + lang + ".svg", "removed " + r)));
                markup = clean.markup();
            }
            parent.insertBefore(new Figure(alt, markup, captionId));
            parent.unlink();
        }
        return n;
    }

    private static List<Section> sections(Node doc, HeadingIds.Assignment ids) {
        List<Section> sections = new ArrayList<>();
        String anchor = "";
        String heading = "";
        StringBuilder text = new StringBuilder();
        for (Node node = doc.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading h) {
                if (!text.toString().isBlank() || !heading.isEmpty()) sections.add(new Section(anchor, heading, text.toString().trim()));
                anchor = ids.ids().getOrDefault(h, "");
                heading = Texts.of(h);
                text.setLength(0);
            } else {
                text.append(Texts.of(node)).append(' ');
            }
        }
        if (!text.toString().isBlank() || !heading.isEmpty()) sections.add(new Section(anchor, heading, text.toString().trim()));
        return sections;
    }

    private static void unwrap(Link link) {
        Node child = link.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            link.insertBefore(child);
            child = next;
        }
        link.unlink();
    }

    static boolean safeLink(String url) {
        if (url == null) return false;
        String u = url.trim().toLowerCase(Locale.ROOT);
        if (u.startsWith("http://") || u.startsWith("https://") || u.startsWith("mailto:")) return true;
        int colon = u.indexOf(':');
        if (colon < 0) return true;
        int boundary = firstOf(u, "/?#");
        return boundary >= 0 && boundary < colon; // a colon after the path starts is not a scheme
    }

    private static int firstOf(String s, String chars) {
        int best = -1;
        for (char c : chars.toCharArray()) {
            int i = s.indexOf(c);
            if (i >= 0 && (best < 0 || i < best)) best = i;
        }
        return best;
    }

    private static boolean isExternal(String url) {
        String u = url.toLowerCase(Locale.ROOT);
        return u.startsWith("http://") || u.startsWith("https://");
    }
}
