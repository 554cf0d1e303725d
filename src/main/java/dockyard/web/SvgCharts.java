package dockyard.web;

import java.util.List;

/**
 * Small server-rendered SVG charts (no script, no style attributes: CSP-safe). Colours come from the site's
 * theme classes, so dark mode recolours them. Every chart has a title for screen readers; numbers are also in
 * the tables beside them.
 */
final class SvgCharts {
    /** One labelled bar; {@code percent} 0–100. */
    record Bar(String label, int percent, String value) {
    }

    private SvgCharts() {
    }

    static String bars(List<Bar> bars, String title) {
        int row = 34;
        int height = Math.max(1, bars.size()) * row + 10;
        StringBuilder s = open(360, height, title);
        int y = 6;
        for (Bar b : bars) {
            s.append(text(4, y + 12, 12, "d-text", b.label()));
            s.append("<rect class=\"d-muted\" fill=\"#e3e8ef\" x=\"4\" y=\"").append(y + 17).append("\" width=\"260\" height=\"10\" rx=\"3\"/>");
            int w = (int) Math.round(2.6 * Math.max(0, Math.min(100, b.percent())));
            if (w > 0) s.append("<rect class=\"d-accent\" fill=\"#0b5cad\" x=\"4\" y=\"").append(y + 17).append("\" width=\"").append(w).append("\" height=\"10\" rx=\"3\"/>");
            s.append(text(270, y + 27, 12, "d-text-muted", b.value()));
            y += row;
        }
        return s.append("</svg>").toString();
    }

    /** Exam scores in order, on a 100–1000 scale with the 720 pass line. */
    static String scores(List<Integer> scores, String title) {
        int w = 360, h = 180, left = 36, right = 10, top = 10, bottom = 24;
        StringBuilder s = open(w, h, title);
        double plotW = w - left - right, plotH = h - top - bottom;
        for (int mark : new int[]{100, 720, 1000}) {
            double y = top + plotH * (1000 - mark) / 900.0;
            s.append("<line class=\"d-line\" stroke=\"#8a97a8\" stroke-dasharray=\"").append(mark == 720 ? "4 3" : "1 3")
                    .append("\" x1=\"").append(left).append("\" x2=\"").append(w - right).append("\" y1=\"").append(fmt(y)).append("\" y2=\"").append(fmt(y)).append("\"/>");
            s.append(text(2, y + 4, 12, "d-text-muted", String.valueOf(mark)));
        }
        int n = scores.size();
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < n; i++) {
            double x = left + (n == 1 ? plotW / 2 : plotW * i / (n - 1));
            double y = top + plotH * (1000 - Math.max(100, Math.min(1000, scores.get(i)))) / 900.0;
            path.append(i == 0 ? "M" : " L").append(fmt(x)).append(' ').append(fmt(y));
            s.append("<circle class=\"d-accent\" fill=\"#0b5cad\" r=\"4\" cx=\"").append(fmt(x)).append("\" cy=\"").append(fmt(y)).append("\"><title>")
                    .append(scores.get(i)).append("</title></circle>");
        }
        if (n > 1) s.append("<path class=\"d-line\" fill=\"none\" stroke=\"#0b5cad\" stroke-width=\"2\" d=\"").append(path).append("\"/>");
        return s.append("</svg>").toString();
    }

    /** One column per day, today first. */
    static String columns(List<Integer> counts, String title) {
        int w = 360, h = 150, bottom = 22, top = 16;
        StringBuilder s = open(w, h, title);
        int max = Math.max(1, counts.stream().mapToInt(Integer::intValue).max().orElse(1));
        double colW = (w - 8.0) / Math.max(1, counts.size());
        for (int i = 0; i < counts.size(); i++) {
            double x = 4 + i * colW;
            double bh = (h - top - bottom) * counts.get(i) / (double) max;
            double y = h - bottom - bh;
            if (counts.get(i) > 0) {
                s.append("<rect class=\"d-accent\" fill=\"#0b5cad\" x=\"").append(fmt(x + 2)).append("\" y=\"").append(fmt(y))
                        .append("\" width=\"").append(fmt(colW - 4)).append("\" height=\"").append(fmt(bh)).append("\"/>");
                s.append(text(x + colW / 2 - 4, y - 3, 12, "d-text", String.valueOf(counts.get(i))));
            }
            s.append(text(x + colW / 2 - 4, h - 6, 12, "d-text-muted", String.valueOf(i)));
        }
        s.append("<line class=\"d-line\" stroke=\"#8a97a8\" x1=\"4\" x2=\"").append(w - 4).append("\" y1=\"").append(h - bottom).append("\" y2=\"").append(h - bottom).append("\"/>");
        return s.append("</svg>").toString();
    }

    private static StringBuilder open(int w, int h, String title) {
        return new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 ")
                .append(w).append(' ').append(h).append("\"><title>").append(esc(title)).append("</title>");
    }

    private static String text(double x, double y, int size, String cls, String body) {
        return "<text class=\"" + cls + "\" fill=\"" + ("d-text".equals(cls) ? "#1b2430" : "#5b6878") + "\" font-size=\"" + size + "\" x=\"" + fmt(x) + "\" y=\"" + fmt(y) + "\">" + esc(body) + "</text>";
    }

    private static String fmt(double v) {
        return String.format(java.util.Locale.ROOT, "%.1f", v);
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
