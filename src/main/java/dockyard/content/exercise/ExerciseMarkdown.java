package dockyard.content.exercise;

import dockyard.content.Localized;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

import java.util.List;

/** Renders authored Markdown (exercise briefs, hands-on prompts, explanations) once, at load: raw HTML escaped, only safe link targets kept. */
public final class ExerciseMarkdown {
    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().extensions(List.of(TablesExtension.create()))
            .escapeHtml(true).sanitizeUrls(true).build();

    private ExerciseMarkdown() {
    }

    public static Localized render(Localized markdown) {
        return new Localized(html(markdown.ko()), html(markdown.en()));
    }

    static String html(String markdown) {
        return HTML.render(PARSER.parse(markdown));
    }
}
