package dockyard.content;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes an author's SVG safe to inline in a page: an allow-list of drawing elements and presentation
 * attributes, so no script, style, event handler, foreign object or reference outside the drawing survives.
 * Ids are prefixed so two diagrams on one page never clash, and the root is labelled for assistive technology.
 */
final class SvgSanitizer {
    private static final Set<String> ELEMENTS = Set.of(
            "svg", "g", "defs", "title", "desc", "rect", "circle", "ellipse", "line", "polyline", "polygon", "path",
            "text", "tspan", "marker", "lineargradient", "radialgradient", "stop", "clippath", "symbol", "use");
    private static final Set<String> ATTRIBUTES = Set.of(
            "viewbox", "xmlns", "id", "class", "x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "rx", "ry", "width",
            "height", "d", "points", "transform", "fill", "fill-opacity", "fill-rule", "stroke", "stroke-width",
            "stroke-dasharray", "stroke-dashoffset", "stroke-linecap", "stroke-linejoin", "stroke-opacity",
            "stroke-miterlimit", "opacity", "font-size", "font-weight", "font-style", "font-family", "text-anchor",
            "dominant-baseline", "alignment-baseline", "baseline-shift", "letter-spacing", "dx", "dy", "rotate",
            "textlength", "lengthadjust", "markerwidth", "markerheight", "refx", "refy", "orient", "markerunits",
            "preserveaspectratio", "offset", "stop-color", "stop-opacity", "gradientunits", "gradienttransform",
            "fx", "fy", "clip-path", "clip-rule", "clippathunits", "marker-start", "marker-mid", "marker-end", "href",
            "xlink:href", "xmlns:xlink", "vector-effect", "paint-order", "visibility", "aria-hidden", "role");
    private static final Pattern URL_REF = Pattern.compile("url\\(\\s*['\"]?([^)'\"]*)['\"]?\\s*\\)");

    /** The sanitised SVG markup and what was removed, for the author. */
    record Result(String markup, List<String> removed) {
    }

    private SvgSanitizer() {
    }

    /**
     * @param source    the SVG file's text
     * @param idPrefix  prepended to every id (and reference) so diagrams on one page stay distinct
     * @param labelId   the id of the element (the figure's caption) that names the drawing
     */
    static Result sanitize(String source, String idPrefix, String labelId) {
        Document doc = Jsoup.parse(source, "", Parser.xmlParser());
        Element svg = doc.selectFirst("svg");
        List<String> removed = new ArrayList<>();
        if (svg == null) {
            removed.add("no <svg> element");
            return new Result("", removed);
        }
        clean(svg, removed);
        if (!svg.hasAttr("viewBox")) removed.add("the <svg> has no viewBox, so it cannot scale to the page");
        for (String fixed : List.of("width", "height")) {
            if (svg.hasAttr(fixed)) {
                svg.removeAttr(fixed);
                removed.add("attribute " + fixed + " on <svg> (diagrams scale to the page)");
            }
        }
        prefixIds(svg, idPrefix);
        svg.attr("xmlns", "http://www.w3.org/2000/svg");
        svg.attr("role", "img");
        svg.attr("aria-labelledby", labelId);
        svg.attr("focusable", "false");
        svg.addClass("diagram-svg");
        Document.OutputSettings out = new Document.OutputSettings()
                .syntax(Document.OutputSettings.Syntax.xml).prettyPrint(false).charset("UTF-8")
                .escapeMode(Entities.EscapeMode.xhtml);
        Document holder = new Document("");
        holder.outputSettings(out);
        holder.appendChild(svg);
        return new Result(svg.outerHtml(), removed);
    }

    private static void clean(Element el, List<String> removed) {
        for (Attribute a : new ArrayList<>(el.attributes().asList())) {
            String key = a.getKey();
            String lower = key.toLowerCase(Locale.ROOT);
            String value = a.getValue();
            String why = null;
            if (lower.equals("style")) why = "style attribute (use presentation attributes and theme classes)";
            else if (lower.startsWith("on")) why = "event handler " + key;
            else if (!ATTRIBUTES.contains(lower)) why = "attribute " + key;
            else if ((lower.equals("href") || lower.equals("xlink:href")) && !value.startsWith("#")) why = "reference " + key + "=\"" + value + "\" outside the drawing";
            else if (value.toLowerCase(Locale.ROOT).contains("javascript:")) why = "script in " + key;
            else if (hasExternalUrl(value)) why = "reference outside the drawing in " + key;
            if (why != null) {
                el.removeAttr(key);
                removed.add(why + " on <" + el.tagName() + ">");
            }
        }
        for (Node child : new ArrayList<>(el.childNodes())) {
            if (child instanceof Element e) {
                if (ELEMENTS.contains(e.tagName().toLowerCase(Locale.ROOT))) {
                    clean(e, removed);
                } else {
                    removed.add("element <" + e.tagName() + ">");
                    e.remove();
                }
            } else if (!(child instanceof org.jsoup.nodes.TextNode)) {
                child.remove(); // comments, CDATA, processing instructions
            }
        }
    }

    private static boolean hasExternalUrl(String value) {
        Matcher m = URL_REF.matcher(value);
        while (m.find()) if (!m.group(1).startsWith("#")) return true;
        return false;
    }

    private static void prefixIds(Element svg, String prefix) {
        each(svg, e -> {
            if (e.hasAttr("id")) e.attr("id", prefix + e.attr("id"));
            for (Attribute a : e.attributes().asList()) {
                String v = a.getValue();
                String key = a.getKey().toLowerCase(Locale.ROOT);
                if ((key.equals("href") || key.equals("xlink:href")) && v.startsWith("#")) {
                    e.attr(a.getKey(), "#" + prefix + v.substring(1));
                } else if (v.contains("url(")) {
                    e.attr(a.getKey(), URL_REF.matcher(v).replaceAll(mr -> Matcher.quoteReplacement("url(#" + prefix + mr.group(1).substring(1) + ")")));
                }
            }
        });
    }

    private static void each(Element el, Consumer<Element> action) {
        action.accept(el);
        for (Element child : el.children()) each(child, action);
    }
}
