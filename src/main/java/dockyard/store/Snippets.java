package dockyard.store;

import java.util.List;
import java.util.Locale;

/** Cuts a short snippet around the first occurrence of a term and marks every term in it, as FTS5's snippet() does. */
final class Snippets {
    private static final int RADIUS = 60;

    private Snippets() {
    }

    static String around(String text, List<String> terms) {
        String lower = text.toLowerCase(Locale.ROOT);
        int first = -1;
        for (String t : terms) {
            int i = lower.indexOf(t.toLowerCase(Locale.ROOT));
            if (i >= 0 && (first < 0 || i < first)) first = i;
        }
        if (first < 0) first = 0;
        int start = Math.max(0, first - RADIUS);
        int end = Math.min(text.length(), first + RADIUS * 2);
        String cut = text.substring(start, end);
        StringBuilder out = new StringBuilder(start > 0 ? "…" : "");
        String cutLower = cut.toLowerCase(Locale.ROOT);
        int i = 0;
        while (i < cut.length()) {
            String hit = null;
            for (String t : terms) {
                if (!t.isEmpty() && cutLower.startsWith(t.toLowerCase(Locale.ROOT), i)) {
                    hit = cut.substring(i, i + t.length());
                    break;
                }
            }
            if (hit != null) {
                out.append(SearchRepository.MARK_START).append(hit).append(SearchRepository.MARK_END);
                i += hit.length();
            } else {
                out.append(cut.charAt(i++));
            }
        }
        if (end < text.length()) out.append('…');
        return out.toString();
    }
}
