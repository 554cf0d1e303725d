package dockyard.learn.handson;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * Compares the value a learner typed with the value the simulation printed. Surrounding spaces and quotes do
 * not matter, numbers compare as numbers ({@code 3} = {@code 3.0}), other text ignores case
 * ({@code essentialcontainerexited} = {@code EssentialContainerExited}). A list or object is compared with its
 * compact JSON text.
 */
public final class AnswerValues {
    /** Longest value kept, in characters: enough for an ARN or a digest. */
    public static final int MAX_LENGTH = 300;

    private AnswerValues() {
    }

    /** The value as the learner meant it: trimmed, without one pair of surrounding quotes. */
    public static String normalise(String typed) {
        if (typed == null) return "";
        String t = typed.strip();
        if (t.length() >= 2 && (t.startsWith("\"") && t.endsWith("\"") || t.startsWith("'") && t.endsWith("'"))) {
            t = t.substring(1, t.length() - 1).strip();
        }
        return t;
    }

    /** The simulation's value as text a learner would type: a JSON string without its quotes, anything else compact. */
    public static String text(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) return "null";
        return value.isTextual() ? value.asText() : value.toString();
    }

    /** Whether {@code typed} means the same as {@code expected} (already in {@link #text} form). */
    public static boolean same(String typed, String expected) {
        String a = normalise(typed);
        String b = normalise(expected);
        if (a.isEmpty()) return false;
        BigDecimal x = number(a);
        BigDecimal y = number(b);
        if (x != null && y != null) return x.compareTo(y) == 0;
        return a.toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT));
    }

    private static BigDecimal number(String s) {
        if (s.length() > 40) return null;
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
