package dockyard.shell.docker.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Predicate;

/**
 * How Go prints template values ({@code fmt.Sprint}): strings bare, slices as {@code [a b]}, maps as
 * {@code map[k:v]} with sorted keys, structs as {@code {v1 v2}}, a missing value as {@code <no value>}; and
 * Docker's {@code json} function (compact, HTML not escaped, map keys sorted as Go's encoder does).
 */
final class GoFmt {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private GoFmt() {
    }

    static String print(JsonNode v, Predicate<JsonNode> isMap) {
        if (v == null || v.isMissingNode()) return "<no value>";
        if (v.isNull()) return "<nil>";
        if (v.isTextual()) return v.asText();
        if (v.isIntegralNumber()) return v.bigIntegerValue().toString();
        if (v.isNumber()) return number(v.doubleValue());
        if (v.isBoolean()) return String.valueOf(v.booleanValue());
        List<String> parts = new ArrayList<>();
        if (v.isArray()) {
            for (JsonNode e : v) parts.add(print(e, isMap));
            return "[" + String.join(" ", parts) + "]";
        }
        if (isMap.test(v)) {
            for (String k : sortedKeys(v)) parts.add(k + ":" + print(v.get(k), isMap));
            return "map[" + String.join(" ", parts) + "]";
        }
        for (JsonNode e : v) parts.add(print(e, isMap));
        return "{" + String.join(" ", parts) + "}";
    }

    /** Go's {@code %v} of a float64: shortest form, exponent from 1e21 on. */
    static String number(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e21) return String.valueOf((long) d);
        return Double.toString(d).replace("E", "e+").replace("e+-", "e-");
    }

    static String json(JsonNode v, Predicate<JsonNode> isMap) {
        if (v == null || v.isMissingNode()) return "null";
        try {
            return MAPPER.writeValueAsString(sorted(v, isMap));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode sorted(JsonNode v, Predicate<JsonNode> isMap) {
        if (v.isArray()) {
            var a = JsonNodeFactory.instance.arrayNode();
            for (JsonNode e : v) a.add(sorted(e, isMap));
            return a;
        }
        if (!v.isObject()) return v;
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        List<String> keys = isMap.test(v) ? sortedKeys(v) : fieldNames(v);
        for (String k : keys) o.set(k, sorted(v.get(k), isMap));
        return o;
    }

    static List<String> sortedKeys(JsonNode v) {
        List<String> keys = fieldNames(v);
        keys.sort(null);
        return keys;
    }

    private static List<String> fieldNames(JsonNode v) {
        List<String> keys = new ArrayList<>();
        for (Iterator<String> it = v.fieldNames(); it.hasNext(); ) keys.add(it.next());
        return keys;
    }

    /** Go's truth: false, 0, nil, and empty strings, slices and maps are false. */
    static boolean truth(JsonNode v) {
        if (v == null || v.isMissingNode() || v.isNull()) return false;
        if (v.isBoolean()) return v.booleanValue();
        if (v.isNumber()) return v.doubleValue() != 0;
        if (v.isTextual()) return !v.asText().isEmpty();
        return v.size() > 0;
    }

    /** The Go type Docker's decoded inspect data has, for error messages. */
    static String type(JsonNode v) {
        if (v == null || v.isMissingNode() || v.isNull()) return "interface {}";
        if (v.isTextual()) return "string";
        if (v.isBoolean()) return "bool";
        if (v.isIntegralNumber()) return "int";
        if (v.isNumber()) return "float64";
        if (v.isArray()) return "[]interface {}";
        return "map[string]interface {}";
    }
}
