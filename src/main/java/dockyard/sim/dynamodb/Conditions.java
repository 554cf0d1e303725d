package dockyard.sim.dynamodb;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * DynamoDB condition expressions joined by {@code AND}: {@code a = :v} (also {@code <> < <= > >=}),
 * {@code a BETWEEN :x AND :y}, {@code begins_with(a, :p)}, {@code contains(a, :v)}, {@code attribute_exists(a)},
 * {@code attribute_not_exists(a)}; names may be {@code #placeholders}. Used for KeyConditionExpression,
 * FilterExpression and ConditionExpression.
 */
final class Conditions {
    /** One comparison on one attribute. */
    record Cond(String attribute, String op, List<JsonNode> values) {
    }

    private final List<String> tokens;
    private final String kind;
    private final JsonNode names;
    private final JsonNode values;
    final Set<String> usedValues = new HashSet<>();
    final Set<String> usedNames = new HashSet<>();
    private int pos;

    private Conditions(String expr, String kind, JsonNode names, JsonNode values) {
        this.tokens = tokenize(expr, kind);
        this.kind = kind;
        this.names = names;
        this.values = values;
    }

    /** Parses {@code expr}; {@code kind} names the parameter in messages ({@code KeyConditionExpression}, ...). */
    static Conditions parse(String expr, String kind, JsonNode names, JsonNode values, List<Cond> out) {
        Conditions c = new Conditions(expr, kind, names, values);
        out.add(c.one());
        while (c.pos < c.tokens.size()) {
            if (!c.next().equalsIgnoreCase("AND")) throw c.syntax(c.tokens.get(c.pos - 1));
            out.add(c.one());
        }
        return c;
    }

    private Cond one() {
        String t = next();
        String lower = t.toLowerCase(Locale.ROOT);
        if (List.of("begins_with", "contains", "attribute_exists", "attribute_not_exists").contains(lower)) {
            expect("(");
            String attr = name(next());
            List<JsonNode> vs = new ArrayList<>();
            if (lower.equals("begins_with") || lower.equals("contains")) {
                expect(",");
                vs.add(value(next()));
            }
            expect(")");
            return new Cond(attr, lower, vs);
        }
        String attr = name(t);
        String op = next();
        if (op.equalsIgnoreCase("BETWEEN")) {
            JsonNode a = value(next());
            if (!next().equalsIgnoreCase("AND")) throw syntax(op);
            return new Cond(attr, "between", List.of(a, value(next())));
        }
        if (!List.of("=", "<>", "<", "<=", ">", ">=").contains(op)) throw syntax(op);
        return new Cond(attr, op, List.of(value(next())));
    }

    private String next() {
        if (pos >= tokens.size()) throw syntax("<EOF>");
        return tokens.get(pos++);
    }

    private void expect(String s) {
        String t = next();
        if (!t.equals(s)) throw syntax(t);
    }

    private String name(String t) {
        if (t.startsWith("#")) {
            JsonNode n = names == null ? null : names.get(t);
            if (n == null) {
                throw AttributeValues.validation("Invalid " + kind + ": An expression attribute name used in the document path is not defined; attribute name: " + t);
            }
            usedNames.add(t);
            return n.asText();
        }
        if (t.startsWith(":") || !t.matches("[A-Za-z_][A-Za-z0-9_]*")) throw syntax(t);
        if (Reserved.WORDS.contains(t.toUpperCase(Locale.ROOT))) {
            throw AttributeValues.validation("Invalid " + kind + ": Attribute name is a reserved keyword; reserved keyword: " + t);
        }
        return t;
    }

    private JsonNode value(String t) {
        if (!t.startsWith(":")) throw syntax(t);
        JsonNode v = values == null ? null : values.get(t);
        if (v == null) {
            throw AttributeValues.validation("Invalid " + kind + ": An expression attribute value used in expression is not defined; attribute value: " + t);
        }
        AttributeValues.validate(v);
        usedValues.add(t);
        return v;
    }

    private RuntimeException syntax(String token) {
        return AttributeValues.validation("Invalid " + kind + ": Syntax error; token: \"" + token + "\", near: \"" + String.join(" ", tokens) + "\"");
    }

    private static List<String> tokenize(String s, String kind) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if ("(),".indexOf(c) >= 0) {
                out.add(String.valueOf(c));
                i++;
            } else if ("<>=".indexOf(c) >= 0) {
                int j = i + 1;
                while (j < s.length() && "<>=".indexOf(s.charAt(j)) >= 0) j++;
                out.add(s.substring(i, j));
                i = j;
            } else {
                int j = i;
                while (j < s.length() && !Character.isWhitespace(s.charAt(j)) && "(),<>=".indexOf(s.charAt(j)) < 0) j++;
                out.add(s.substring(i, j));
                i = j;
            }
        }
        if (out.isEmpty()) throw AttributeValues.validation("Invalid " + kind + ": The expression can not be empty;");
        return out;
    }

    /** Whether an item satisfies one condition. */
    static boolean test(Cond c, JsonNode item) {
        JsonNode a = item.get(c.attribute());
        switch (c.op()) {
            case "attribute_exists" -> {
                return a != null;
            }
            case "attribute_not_exists" -> {
                return a == null;
            }
            default -> {
            }
        }
        if (a == null) return false;
        JsonNode v = c.values().get(0);
        String type = AttributeValues.typeOf(a);
        if (c.op().equals("contains")) {
            if (type.equals("S")) return a.get("S").asText().contains(v.path("S").asText("\u0000"));
            if (type.endsWith("S") && type.length() == 2 || type.equals("L")) {
                for (JsonNode e : a.get(type)) if (e.equals(v) || e.asText().equals(v.elements().next().asText())) return true;
            }
            return false;
        }
        if (!type.equals(AttributeValues.typeOf(v))) return c.op().equals("<>");
        if (c.op().equals("begins_with")) return a.get(type).asText().startsWith(v.get(type).asText());
        int cmp = AttributeValues.compare(a, v);
        return switch (c.op()) {
            case "=" -> cmp == 0;
            case "<>" -> cmp != 0;
            case "<" -> cmp < 0;
            case "<=" -> cmp <= 0;
            case ">" -> cmp > 0;
            case ">=" -> cmp >= 0;
            case "between" -> cmp >= 0 && AttributeValues.compare(a, c.values().get(1)) <= 0;
            default -> false;
        };
    }
}
