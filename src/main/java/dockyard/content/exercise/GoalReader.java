package dockyard.content.exercise;

import com.fasterxml.jackson.databind.JsonNode;
import dockyard.content.Localized;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads the parts that exercises and hands-on questions share: goals (a sentence, a read-only check and one
 * comparison) and {@code {ko, en}} texts. Every fault becomes a sentence in the caller's problem list.
 */
public final class GoalReader {
    private GoalReader() {
    }

    /** Reads a list of goals (text, check, one comparison), adding a sentence to {@code problems} for each fault. */
    public static List<Goal> goals(JsonNode list, List<String> problems) {
        List<Goal> goals = new ArrayList<>();
        if (!list.isArray() || list.isEmpty()) {
            problems.add("'goals' must be a non-empty list");
            return goals;
        }
        int n = 0;
        for (JsonNode g : list) {
            n++;
            String where = "goal " + n;
            if (!g.isObject()) {
                problems.add(where + ": expected a mapping with text, check and one comparison");
                continue;
            }
            Localized text = localized(g, "text", problems, where + ": ");
            String check = g.path("check").asText("");
            CheckCommand.problem(check).ifPresent(p -> problems.add(where + ": " + p));
            List<Comparison> found = new ArrayList<>();
            for (Iterator<String> it = g.fieldNames(); it.hasNext(); ) {
                String k = it.next();
                if (k.equals("text") || k.equals("check")) continue;
                Comparison c = comparison(k);
                if (c == null) problems.add(where + ": unknown key '" + k + "'; a goal has text, check and one of " + keys());
                else found.add(c);
            }
            if (found.size() != 1) {
                problems.add(where + ": needs exactly one expected value (" + keys() + "), found " + found.size());
                continue;
            }
            Comparison c = found.get(0);
            JsonNode expected = g.get(c.key());
            if (expected == null || expected.isNull() || (expected.isTextual() && expected.asText().isEmpty())) {
                problems.add(where + ": '" + c.key() + "' has no expected value");
                continue;
            }
            if (c.numeric() && !expected.isNumber()) {
                problems.add(where + ": '" + c.key() + "' compares numbers; write a number, not '" + expected.asText() + "'");
                continue;
            }
            if (text != null) goals.add(new Goal(text, check, c, expected));
        }
        return goals;
    }

    /** The {@code {ko, en}} text under {@code key}, or null (with a problem) when it is missing or incomplete. */
    public static Localized localized(JsonNode parent, String key, List<String> problems, String prefix) {
        JsonNode n = parent.get(key);
        if (n == null || n.isNull()) {
            problems.add(prefix + "'" + key + "' is missing (write {ko: …, en: …})");
            return null;
        }
        return bilingual(n, prefix + "'" + key + "'", problems);
    }

    /** A {@code {ko, en}} node as text in both languages, or null (with a problem) when either is missing. */
    public static Localized bilingual(JsonNode n, String what, List<String> problems) {
        if (!n.isObject()) {
            problems.add(what + " must be {ko: …, en: …}");
            return null;
        }
        Localized l = new Localized(n.path("ko").isTextual() ? n.path("ko").asText() : null,
                n.path("en").isTextual() ? n.path("en").asText() : null);
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!k.equals("ko") && !k.equals("en")) problems.add(what + ": unknown language '" + k + "' (ko and en only)");
        }
        if (l.ko() == null || l.ko().isBlank()) problems.add(what + " has no Korean (ko)");
        if (l.en() == null || l.en().isBlank()) problems.add(what + " has no English (en)");
        return l.complete() ? l : null;
    }

    private static Comparison comparison(String key) {
        for (Comparison c : Comparison.values()) if (c.key().equals(key)) return c;
        return null;
    }

    private static String keys() {
        return String.join(", ", Stream.of(Comparison.values()).map(Comparison::key).toList());
    }
}
