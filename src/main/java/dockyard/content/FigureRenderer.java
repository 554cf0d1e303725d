package dockyard.content;

import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

import java.util.Map;
import java.util.Set;

/** Writes a {@link Figure}: the sanitised SVG (named by the caption) and the caption. */
final class FigureRenderer implements NodeRenderer {
    private final HtmlWriter html;

    FigureRenderer(HtmlNodeRendererContext context) {
        this.html = context.getWriter();
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(Figure.class);
    }

    @Override
    public void render(Node node) {
        Figure f = (Figure) node;
        html.line();
        html.tag("figure", Map.of("class", "diagram"));
        if (f.svg.isEmpty()) {
            html.tag("p", Map.of("class", "diagram-missing"));
            html.text(f.alt);
            html.tag("/p");
        } else {
            html.raw(f.svg);
        }
        html.tag("figcaption", Map.of("id", f.captionId));
        html.text(f.alt);
        html.tag("/figcaption");
        html.tag("/figure");
        html.line();
    }
}
