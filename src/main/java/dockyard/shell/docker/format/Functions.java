package dockyard.shell.docker.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Docker's template functions (json, split, join, title, lower, upper, pad, truncate; docker/cli templates) and
 * the text/template builtins and, or, not, len, index, print, printf, println, eq, ne, lt, le, gt, ge.
 */
final class Functions {
    static final Set<String> NAMES = Set.of("json", "split", "join", "title", "lower", "upper", "pad", "truncate", "and", "or",
            "not", "len", "index", "print", "printf", "println", "eq", "ne", "lt", "le", "gt", "ge");

    /** A function's failure, with Go's wording (without the {@code template: …: executing} prefix). */
    static final class Failure extends Exception {
        Failure(String message) {
            super(message, null, false, false);
        }
    }

    private Functions() {
    }

    static JsonNode call(String name, List<JsonNode> a, Predicate<JsonNode> isMap) throws Failure {
        return switch (name) {
            case "json" -> text(GoFmt.json(one(name, a), isMap));
            case "upper" -> text(string(one(name, a)).toUpperCase(java.util.Locale.ROOT));
            case "lower" -> text(string(one(name, a)).toLowerCase(java.util.Locale.ROOT));
            case "title" -> text(title(string(one(name, a))));
            case "split" -> {
                count(name, a, 2);
                ArrayNode out = JsonNodeFactory.instance.arrayNode();
                String s = string(a.get(0));
                String sep = string(a.get(1));
                if (sep.isEmpty()) s.codePoints().forEach(c -> out.add(new String(Character.toChars(c))));
                else for (String part : s.split(java.util.regex.Pattern.quote(sep), -1)) out.add(part);
                yield out;
            }
            case "join" -> {
                count(name, a, 2);
                JsonNode list = a.get(0);
                if (!list.isArray()) throw new Failure("wrong type for value; expected []string; got " + GoFmt.type(list));
                List<String> parts = new java.util.ArrayList<>();
                for (JsonNode e : list) parts.add(string(e));
                yield text(String.join(string(a.get(1)), parts));
            }
            case "pad" -> {
                count(name, a, 3);
                yield text(spaces(integer(a.get(1))) + string(a.get(0)) + spaces(integer(a.get(2))));
            }
            case "truncate" -> {
                count(name, a, 2);
                String s = string(a.get(0));
                long n = integer(a.get(1));
                if (n < 0) throw new Failure("error calling truncate: runtime error: slice bounds out of range [:" + n + "]");
                yield text(s.codePointCount(0, s.length()) <= n ? s : s.substring(0, s.offsetByCodePoints(0, (int) n)));
            }
            case "not" -> BooleanNode.valueOf(!GoFmt.truth(one(name, a)));
            case "and", "or" -> {
                if (a.isEmpty()) throw new Failure("wrong number of args for " + name + ": want at least 1 got 0");
                for (JsonNode v : a) if (GoFmt.truth(v) == name.equals("or")) yield v;
                yield a.get(a.size() - 1);
            }
            case "len" -> {
                JsonNode v = one(name, a);
                if (v.isTextual()) yield LongNode.valueOf(v.asText().getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
                if (v.isContainerNode()) yield LongNode.valueOf(v.size());
                throw new Failure("error calling len: len of " + (v.isMissingNode() || v.isNull() ? "nil pointer" : "type " + GoFmt.type(v)));
            }
            case "index" -> index(a, isMap);
            case "print" -> text(print(a, isMap));
            case "println" -> {
                List<String> parts = new java.util.ArrayList<>();
                for (JsonNode v : a) parts.add(GoFmt.print(v, isMap));
                yield text(String.join(" ", parts) + "\n");
            }
            case "printf" -> {
                if (a.isEmpty()) throw new Failure("wrong number of args for printf: want at least 1 got 0");
                yield text(Printf.format(string(a.get(0)), a.subList(1, a.size()), isMap));
            }
            default -> Compare.call(name, a);
        };
    }

    /** {@code fmt.Sprint}: a space between operands when neither is a string. */
    private static String print(List<JsonNode> a, Predicate<JsonNode> isMap) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < a.size(); i++) {
            if (i > 0 && !a.get(i).isTextual() && !a.get(i - 1).isTextual()) b.append(' ');
            b.append(GoFmt.print(a.get(i), isMap));
        }
        return b.toString();
    }

    private static JsonNode index(List<JsonNode> a, Predicate<JsonNode> isMap) throws Failure {
        if (a.isEmpty()) throw new Failure("wrong number of args for index: want at least 1 got 0");
        JsonNode v = a.get(0);
        for (JsonNode k : a.subList(1, a.size())) {
            if (v.isArray()) {
                if (!k.isIntegralNumber()) throw new Failure("error calling index: cannot index slice/array with type " + GoFmt.type(k));
                long i = k.longValue();
                if (i < 0 || i >= v.size()) throw new Failure("error calling index: index out of range: " + i);
                v = v.get((int) i);
            } else if (v.isObject()) {
                if (!k.isTextual()) throw new Failure("error calling index: value has type " + GoFmt.type(k) + "; should be string");
                JsonNode next = v.get(k.asText());
                // A missing key gives the map's zero value: "" for Docker's string maps (labels), nil otherwise.
                v = next != null ? next : isMap.test(v) && allText(v) ? TextNode.valueOf("") : MissingNode.getInstance();
            } else if (v.isMissingNode() || v.isNull()) {
                throw new Failure("error calling index: index of untyped nil");
            } else {
                throw new Failure("error calling index: can't index item of type " + GoFmt.type(v));
            }
        }
        return v;
    }

    /** Go's strings.Repeat for pad; the sandbox stops at 10,000 so one template cannot fill its memory. */
    private static String spaces(long n) throws Failure {
        if (n < 0) throw new Failure("error calling pad: strings: negative Repeat count");
        if (n > 10_000) throw new Failure("error calling pad: the sandbox pads with at most 10000 spaces");
        return " ".repeat((int) n);
    }

    private static boolean allText(JsonNode map) {
        for (JsonNode e : map) if (!e.isTextual()) return false;
        return true;
    }

    /** Go's strings.Title: upper-cases each letter that follows a separator (anything but a letter, digit or _). */
    private static String title(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean sep = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(sep ? Character.toTitleCase(c) : c);
            sep = !(Character.isLetterOrDigit(c) || c == '_');
        }
        return b.toString();
    }

    private static JsonNode one(String name, List<JsonNode> a) throws Failure {
        count(name, a, 1);
        return a.get(0);
    }

    private static void count(String name, List<JsonNode> a, int want) throws Failure {
        if (a.size() != want) throw new Failure("wrong number of args for " + name + ": want " + want + " got " + a.size());
    }

    static String string(JsonNode v) throws Failure {
        if (!v.isTextual()) throw new Failure("wrong type for value; expected string; got " + GoFmt.type(v));
        return v.asText();
    }

    static long integer(JsonNode v) throws Failure {
        if (!v.isIntegralNumber()) throw new Failure("wrong type for value; expected int; got " + GoFmt.type(v));
        return v.longValue();
    }

    private static JsonNode text(String s) {
        return TextNode.valueOf(s);
    }
}
