package dockyard.shell.aws;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * {@code --output table}, after awscli's {@code formatter.TableFormatter} and {@code table.MultiTable}: one section
 * per object or list of objects, scalar members as sorted columns, nested sections indented with {@code |}, and
 * every section stretched to the widest one.
 */
final class TableFormat {
    private static final class Section {
        String title = "";
        int indent;
        List<String> headers = new ArrayList<>();
        final List<List<String>> rows = new ArrayList<>();
        List<Integer> maxWidths = new ArrayList<>();

        void header(List<String> h) {
            widen(h);
            headers = h;
        }

        void row(List<String> r) {
            rows.add(r);
            widen(r);
        }

        private void widen(List<String> r) {
            if (maxWidths.isEmpty()) {
                for (String s : r) maxWidths.add(s.length());
            } else {
                for (int i = 0; i < r.size() && i < maxWidths.size(); i++) maxWidths.set(i, Math.max(maxWidths.get(i), r.get(i).length()));
            }
        }

        int totalWidth() {
            int total = 0;
            for (int w : maxWidths) total += w + 4;
            total += 2 + 2 * indent;
            return Math.max(title.length() + 2 + 2 * indent, total);
        }

        List<Integer> widths(int maxWidth) {
            List<Integer> unscaled = new ArrayList<>();
            for (int w : maxWidths) unscaled.add(w + 4);
            if (unscaled.isEmpty()) return unscaled;
            int sum = unscaled.stream().mapToInt(Integer::intValue).sum();
            double scale = maxWidth / (double) sum;
            List<Integer> scaled = new ArrayList<>();
            for (int w : unscaled) scaled.add((int) pyRound(scale * w));
            int off = scaled.stream().mapToInt(Integer::intValue).sum() - maxWidth;
            while (off != 0) {
                int n = scaled.size();
                for (int k = 0; k < n && off != 0; k++) {
                    int i = off < 0 ? n - 1 - k : k;
                    if (off > 0) {
                        scaled.set(i, scaled.get(i) - 1);
                        off--;
                    } else {
                        scaled.set(i, scaled.get(i) + 1);
                        off++;
                    }
                }
            }
            return scaled;
        }
    }

    private final List<Section> sections = new ArrayList<>();
    private Section current;

    private TableFormat() {
    }

    static String render(JsonNode data, String title) {
        TableFormat t = new TableFormat();
        if (!t.build(title, data, 0)) return "";
        return t.render();
    }

    private boolean build(String title, JsonNode cur, int indent) {
        if (cur == null || cur.isNull() || ((cur.isArray() || cur.isObject()) && cur.isEmpty())
                || (cur.isTextual() && cur.asText().isEmpty())) return false;
        if (title != null) newSection(title, indent);
        if (cur.isArray()) {
            if (cur.get(0).isObject()) {
                fromList(cur, indent, title);
            } else {
                for (JsonNode item : cur) {
                    if (scalar(item)) current().row(List.of(Output.pyStr(item)));
                    else if (allScalar(item)) {
                        List<String> r = new ArrayList<>();
                        item.forEach(e -> r.add(Output.pyStr(e)));
                        current().row(r);
                    } else build(null, item, indent);
                }
            }
        } else if (cur.isObject()) {
            fromDict(cur, indent);
        } else {
            current().row(List.of(Output.pyStr(cur)));
        }
        return true;
    }

    private Section current() {
        if (current == null) newSection("", 0);
        return current;
    }

    private void newSection(String title, int indent) {
        current = new Section();
        current.title = title;
        current.indent = indent;
        sections.add(current);
    }

    private void fromDict(JsonNode cur, int indent) {
        List<String> headers = new ArrayList<>();
        List<String> more = new ArrayList<>();
        group(cur, headers, more);
        if (headers.size() == 1) {
            current().row(List.of(headers.get(0), Output.pyStr(cur.get(headers.get(0)))));
        } else if (!headers.isEmpty()) {
            current().header(headers);
            List<String> r = new ArrayList<>();
            for (String h : headers) r.add(Output.pyStr(cur.get(h)));
            current().row(r);
        }
        for (String m : more) build(m, cur.get(m), indent + 1);
    }

    private void fromList(JsonNode list, int indent, String title) {
        TreeSet<String> hs = new TreeSet<>();
        TreeSet<String> ms = new TreeSet<>();
        for (JsonNode e : list) {
            List<String> h = new ArrayList<>();
            List<String> m = new ArrayList<>();
            if (e.isObject()) group(e, h, m);
            hs.addAll(h);
            ms.addAll(m);
        }
        List<String> headers = new ArrayList<>(hs);
        current().header(headers);
        boolean first = true;
        for (JsonNode e : list) {
            if (!first && !ms.isEmpty()) {
                newSection(title, indent);
                current.header(headers);
            }
            first = false;
            List<String> r = new ArrayList<>();
            for (String h : headers) r.add(e.has(h) ? Output.pyStr(e.get(h)) : "");
            current().row(r);
            for (String m : ms) if (e.has(m)) build(m, e.get(m), indent + 1);
        }
    }

    private static void group(JsonNode obj, List<String> headers, List<String> more) {
        for (String k : Output.fieldNames(obj)) (scalar(obj.get(k)) ? headers : more).add(k);
        headers.sort(null);
        more.sort(null);
    }

    private static boolean scalar(JsonNode n) {
        return !n.isArray() && !n.isObject();
    }

    private static boolean allScalar(JsonNode n) {
        for (JsonNode e : n) if (!scalar(e)) return false;
        return true;
    }

    private String render() {
        int max = 0;
        for (Section s : sections) max = Math.max(max, s.totalWidth());
        StringBuilder out = new StringBuilder("-".repeat(max)).append('\n');
        for (Section s : sections) {
            int width = max - s.indent * 2;
            String pre = "|".repeat(s.indent);
            List<String> lines = new ArrayList<>();
            if (!s.title.isEmpty()) {
                lines.add(center(s.title, width, "|"));
                if (s.headers.isEmpty() && s.rows.isEmpty()) lines.add("+" + "-".repeat(width - 2) + "+");
            }
            if (!s.headers.isEmpty()) {
                List<Integer> w = s.widths(width);
                lines.add(lineBreak(w));
                StringBuilder h = new StringBuilder();
                for (int i = 0; i < w.size() && i < s.headers.size(); i++) h.append(center(s.headers.get(i), w.get(i), i == 0 ? "|" : ""));
                lines.add(h.toString());
            }
            if (!s.rows.isEmpty()) {
                List<Integer> w = s.widths(width);
                lines.add(lineBreak(w));
                for (List<String> row : s.rows) {
                    StringBuilder r = new StringBuilder();
                    for (int i = 0; i < w.size() && i < row.size(); i++) {
                        String left = i == 0 ? "|" : "";
                        int pad = w.get(i) - (row.get(i).length() + 2 + left.length() + 1);
                        r.append(left).append("  ").append(row.get(i)).append(" ".repeat(Math.max(0, pad))).append('|');
                    }
                    lines.add(r.toString());
                }
                lines.add(lineBreak(w));
            }
            for (String l : lines) out.append(pre).append(l).append(pre).append('\n');
        }
        return out.toString();
    }

    private static String center(String text, int length, String leftEdge) {
        int start = Math.max(0, length / 2 - text.length() / 2 - 1);
        String left = leftEdge + " ".repeat(start) + text;
        int right = length - 1 - left.length();
        return left + " ".repeat(Math.max(0, right)) + "|";
    }

    private static String lineBreak(List<Integer> widths) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < widths.size(); i++) {
            if (i == 0) sb.append('+').append("-".repeat(Math.max(0, widths.get(i) - 2))).append('+');
            else sb.append("-".repeat(Math.max(0, widths.get(i) - 1))).append('+');
        }
        return sb.toString();
    }

    /** Python 3's round(): halves go to the even neighbour. */
    private static long pyRound(double x) {
        return Math.round(Math.rint(x));
    }
}
