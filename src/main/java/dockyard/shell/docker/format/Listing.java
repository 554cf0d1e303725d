package dockyard.shell.docker.format;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code docker ps --format} and {@code docker images --format}: a Go template per row, after Docker's
 * pre-formatting ({@code table} prefix removed, surrounding spaces trimmed, the two-character sequences
 * {@code \t} and {@code \n} turned into a tab and a newline). A {@code table} format adds the header row and
 * aligns tab-separated cells as Docker's tabwriter does (minimum width 10, padding 3; the last cell of a line is
 * not padded).
 */
public final class Listing {
    private final boolean table;
    private final GoTemplate template;

    private Listing(boolean table, GoTemplate template) {
        this.table = table;
        this.template = template;
    }

    /**
     * @param format       what the learner gave to {@code --format} ({@code json} means {@code {{json .}}})
     * @param defaultTable the command's own table format (without the {@code table} prefix), used for a bare {@code table}
     */
    public static Listing parse(String format, String defaultTable) throws TemplateError {
        String f = format.equals("json") ? "{{json .}}" : format;
        boolean table = f.startsWith("table");
        if (table) f = f.substring("table".length());
        f = f.strip();
        if (table && f.isEmpty()) f = defaultTable;
        f = f.replace("\\t", "\t").replace("\\n", "\n");
        return new Listing(table, GoTemplate.parse(f));
    }

    /**
     * The text Docker prints for {@code rows} (each row's fields as text), every row followed by a newline.
     *
     * @param headers  each field's column title ({@code ID} → {@code CONTAINER ID})
     * @param rootType the Go type named when a field does not exist, e.g. {@code *formatter.ContainerContext}
     */
    public String render(List<Map<String, String>> rows, Map<String, String> headers, String rootType) throws TemplateError {
        StringBuilder b = new StringBuilder();
        if (table) b.append(template.executeHeader(object(headers))).append('\n');
        for (Map<String, String> r : rows) b.append(template.execute(object(r), rootType)).append('\n');
        return table ? align(b.toString()) : b.toString();
    }

    /** Runs the template once on a row of empty fields, as {@code docker ps} does to validate it before listing. */
    public void validate(Map<String, String> headers, String rootType) throws TemplateError {
        ObjectNode empty = JsonNodeFactory.instance.objectNode();
        headers.keySet().forEach(k -> empty.put(k, ""));
        template.execute(empty, rootType);
    }

    /** Fields in name order: Docker's formatters marshal a row for {@code json} as a Go map, keys sorted. */
    private static ObjectNode object(Map<String, String> fields) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        new java.util.TreeMap<>(fields).forEach(o::put);
        return o;
    }

    /** Go's text/tabwriter with Docker's settings, over whole lines of tab-terminated cells. */
    static String align(String text) {
        String[] lines = text.split("\n", -1);
        List<String[]> cells = new ArrayList<>();
        List<Integer> width = new ArrayList<>();
        for (String line : lines) {
            String[] c = line.split("\t", -1);
            cells.add(c);
            for (int i = 0; i < c.length - 1; i++) {
                if (width.size() <= i) width.add(10);
                width.set(i, Math.max(width.get(i), c[i].codePointCount(0, c[i].length()) + 3));
            }
        }
        StringBuilder b = new StringBuilder();
        for (int l = 0; l < cells.size(); l++) {
            String[] c = cells.get(l);
            for (int i = 0; i < c.length; i++) {
                b.append(c[i]);
                if (i < c.length - 1) b.append(" ".repeat(width.get(i) - c[i].codePointCount(0, c[i].length())));
            }
            if (l < cells.size() - 1) b.append('\n');
        }
        return b.toString();
    }
}
