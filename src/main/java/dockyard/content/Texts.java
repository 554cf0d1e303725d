package dockyard.content;

import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/** The plain text of a Markdown subtree (what a reader sees, for slugs and search). */
final class Texts {
    private Texts() {
    }

    static String of(Node node) {
        StringBuilder sb = new StringBuilder();
        append(node, sb);
        return sb.toString().replaceAll("\\s+", " ").trim();
    }

    private static void append(Node node, StringBuilder sb) {
        if (node instanceof Text t) sb.append(t.getLiteral());
        else if (node instanceof Code c) sb.append(c.getLiteral());
        else if (node instanceof FencedCodeBlock f) sb.append(' ').append(f.getLiteral()).append(' ');
        else if (node instanceof IndentedCodeBlock i) sb.append(' ').append(i.getLiteral()).append(' ');
        else if (node instanceof HtmlInline h) sb.append(h.getLiteral());
        else if (node instanceof HtmlBlock h) sb.append(h.getLiteral());
        else if (node instanceof Figure f) sb.append(' ').append(f.alt).append(' ');
        else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) sb.append(' ');
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) append(child, sb);
        // blocks and table cells are separate words even where the Markdown puts no space between them
        if (node instanceof org.commonmark.node.Block || node instanceof org.commonmark.ext.gfm.tables.TableCell) sb.append(' ');
    }
}
