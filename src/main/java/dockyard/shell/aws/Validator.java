package dockyard.shell.aws;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * botocore's client-side parameter validation: required members, unknown members and types, with its messages
 * ({@code Invalid type for parameter containerDefinitions[0].cpu, value: 256, type: <class 'str'>, valid types: <class 'int'>}).
 */
final class Validator {
    private final List<String> errors = new ArrayList<>();

    private Validator() {
    }

    /** Every problem with {@code input} for an operation taking {@code params}; empty when it is valid. */
    static List<String> validate(JsonNode input, Map<String, Shape.Member> params) {
        Validator v = new Validator();
        v.structure(input, byMember(params), "");
        return v.errors;
    }

    private static Map<String, Shape.Member> byMember(Map<String, Shape.Member> params) {
        Map<String, Shape.Member> m = new java.util.LinkedHashMap<>();
        for (Shape.Member p : params.values()) m.put(p.name(), p);
        return m;
    }

    private void structure(JsonNode value, Map<String, Shape.Member> members, String path) {
        String where = path.isEmpty() ? "input" : path;
        for (Shape.Member m : members.values()) {
            if (m.required() && (value.get(m.name()) == null || value.get(m.name()).isNull())) {
                errors.add("Missing required parameter in " + where + ": \"" + m.name() + "\"");
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            Shape.Member m = members.get(e.getKey());
            if (m == null) {
                errors.add("Unknown parameter in " + where + ": \"" + e.getKey() + "\", must be one of: " + String.join(", ", members.keySet()));
            } else {
                check(e.getValue(), m.shape(), path.isEmpty() ? e.getKey() : path + "." + e.getKey());
            }
        }
    }

    private void check(JsonNode v, Shape s, String path) {
        boolean ok = switch (s.type()) {
            case "structure", "map" -> v.isObject();
            case "list" -> v.isArray();
            case "integer", "long" -> v.isIntegralNumber();
            case "double" -> v.isNumber();
            case "boolean" -> v.isBoolean();
            case "timestamp" -> v.isTextual() || v.isNumber();
            default -> v.isTextual();
        };
        if (!ok) {
            errors.add("Invalid type for parameter " + path + ", value: " + pythonValue(v) + ", type: " + pythonType(v) + ", valid types: " + s.validTypes());
            return;
        }
        if (s.type().equals("structure") && s.members() != null) structure(v, s.members(), path);
        if (s.type().equals("list")) {
            for (int i = 0; i < v.size(); i++) check(v.get(i), s.element(), path + "[" + i + "]");
        }
    }

    static String pythonType(JsonNode v) {
        if (v.isTextual()) return "<class 'str'>";
        if (v.isBoolean()) return "<class 'bool'>";
        if (v.isIntegralNumber()) return "<class 'int'>";
        if (v.isNumber()) return "<class 'float'>";
        if (v.isArray()) return "<class 'list'>";
        if (v.isObject()) return "<class 'dict'>";
        return "<class 'NoneType'>";
    }

    /** How Python's {@code str()} shows a parsed JSON value. */
    static String pythonValue(JsonNode v) {
        if (v.isTextual()) return v.asText();
        return repr(v);
    }

    private static String repr(JsonNode v) {
        if (v.isTextual()) return "'" + v.asText().replace("\\", "\\\\").replace("'", "\\'") + "'";
        if (v.isBoolean()) return v.asBoolean() ? "True" : "False";
        if (v.isNull() || v.isMissingNode()) return "None";
        if (v.isArray()) {
            List<String> parts = new ArrayList<>();
            v.forEach(e -> parts.add(repr(e)));
            return "[" + String.join(", ", parts) + "]";
        }
        if (v.isObject()) {
            List<String> parts = new ArrayList<>();
            v.fields().forEachRemaining(e -> parts.add("'" + e.getKey() + "': " + repr(e.getValue())));
            return "{" + String.join(", ", parts) + "}";
        }
        return v.asText();
    }
}
