package dockyard.sim.logs;

import java.util.ArrayList;
import java.util.List;

/**
 * CloudWatch Logs filter patterns for unstructured events: terms that must all appear ({@code ERROR timeout}),
 * exact phrases in double quotes, {@code -term} to exclude, and {@code ?a ?b} for "any of". Matching is case-sensitive.
 * An empty pattern matches everything.
 */
final class FilterPattern {
    private final List<String> all = new ArrayList<>();
    private final List<String> none = new ArrayList<>();
    private final List<String> any = new ArrayList<>();

    static FilterPattern parse(String pattern) {
        FilterPattern p = new FilterPattern();
        String s = pattern.strip();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == ' ') {
                i++;
                continue;
            }
            char kind = c == '?' || c == '-' ? c : ' ';
            if (kind != ' ') i++;
            String term;
            if (i < s.length() && s.charAt(i) == '"') {
                int end = s.indexOf('"', i + 1);
                if (end < 0) end = s.length();
                term = s.substring(i + 1, end);
                i = end + 1;
            } else {
                int end = s.indexOf(' ', i);
                if (end < 0) end = s.length();
                term = s.substring(i, end);
                i = end;
            }
            if (term.isEmpty()) continue;
            (kind == '?' ? p.any : kind == '-' ? p.none : p.all).add(term);
        }
        return p;
    }

    boolean matches(String message) {
        for (String t : all) if (!message.contains(t)) return false;
        for (String t : none) if (message.contains(t)) return false;
        if (!any.isEmpty()) return any.stream().anyMatch(message::contains);
        return true;
    }
}
