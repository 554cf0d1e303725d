package dockyard.shell.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dockyard.shell.Timestamps;
import io.burt.jmespath.Expression;
import io.burt.jmespath.JmesPath;
import io.burt.jmespath.jackson.JacksonRuntime;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A response as the AWS CLI v2 prints it: timestamps in ISO 8601, {@code --query} applied with JMESPath, then
 * {@code --output json} (Python's {@code json.dumps(indent=4)}), {@code text} (awscli's {@code text.py}) or
 * {@code table} ({@link TableFormat}).
 */
final class Output {
    private static final JmesPath<JsonNode> JMESPATH = new JacksonRuntime();

    private Output() {
    }

    /** Replaces numeric members named in {@code timestamps} (epoch seconds) by the CLI's ISO 8601 text, in place. */
    static JsonNode timestamps(JsonNode node, Set<String> timestamps) {
        if (timestamps.isEmpty()) return node;
        if (node instanceof ObjectNode o) {
            for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getValue().isNumber() && timestamps.contains(e.getKey())) {
                    e.setValue(JsonNodeFactory.instance.textNode(Timestamps.aws(e.getValue().asDouble())));
                } else {
                    timestamps(e.getValue(), timestamps);
                }
            }
        } else if (node instanceof ArrayNode a) {
            for (JsonNode e : a) timestamps(e, timestamps);
        }
        return node;
    }

    /** Compiles a {@code --query} expression, or the CLI's error for a bad one. */
    static Expression<JsonNode> compile(String query) throws CliError {
        try {
            return JMESPATH.compile(QueryLiterals.quoteLegacy(query));
        } catch (RuntimeException e) {
            throw CliError.usage("\nBad value for --query " + query + ": " + firstLine(e.getMessage()) + "\n");
        }
    }

    static JsonNode query(Expression<JsonNode> expr, JsonNode data) throws CliError {
        try {
            return expr.search(data);
        } catch (RuntimeException e) {
            throw new CliError("\n" + firstLine(e.getMessage()) + "\n", 255);
        }
    }

    /** The text to print for {@code data} in {@code format}; empty for an empty response as the CLI prints nothing. */
    static String format(JsonNode data, String format, String operationName) {
        if (data == null || data.isMissingNode()) return "";
        if (data.isObject() && data.isEmpty()) return "";
        return switch (format) {
            case "text" -> text(data);
            case "table" -> TableFormat.render(data, operationName);
            case "yaml" -> yaml(data);
            default -> json(data) + "\n";
        };
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper YAML = new com.fasterxml.jackson.databind.ObjectMapper(
            com.fasterxml.jackson.dataformat.yaml.YAMLFactory.builder()
                    .disable(com.fasterxml.jackson.dataformat.yaml.YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                    .enable(com.fasterxml.jackson.dataformat.yaml.YAMLGenerator.Feature.MINIMIZE_QUOTES)
                    .build());

    /** {@code --output yaml}: block style, members in the response's order, as AWS CLI v2 prints it. */
    static String yaml(JsonNode data) {
        try {
            return YAML.writeValueAsString(data);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return json(data) + "\n";
        }
    }

    // --- json ---

    static String json(JsonNode n) {
        StringBuilder sb = new StringBuilder();
        json(n, 0, sb);
        return sb.toString();
    }

    private static void json(JsonNode n, int indent, StringBuilder sb) {
        if (n.isObject()) {
            if (n.isEmpty()) {
                sb.append("{}");
                return;
            }
            sb.append("{\n");
            Iterator<Map.Entry<String, JsonNode>> it = n.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                sb.append(" ".repeat(indent + 4));
                string(e.getKey(), sb);
                sb.append(": ");
                json(e.getValue(), indent + 4, sb);
                if (it.hasNext()) sb.append(',');
                sb.append('\n');
            }
            sb.append(" ".repeat(indent)).append('}');
        } else if (n.isArray()) {
            if (n.isEmpty()) {
                sb.append("[]");
                return;
            }
            sb.append("[\n");
            for (int i = 0; i < n.size(); i++) {
                sb.append(" ".repeat(indent + 4));
                json(n.get(i), indent + 4, sb);
                if (i < n.size() - 1) sb.append(',');
                sb.append('\n');
            }
            sb.append(" ".repeat(indent)).append(']');
        } else if (n.isTextual()) {
            string(n.asText(), sb);
        } else {
            sb.append(scalar(n));
        }
    }

    private static void string(String s, StringBuilder sb) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> {
                    if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
                    else sb.append(c);
                }
            }
        }
        sb.append('"');
    }

    /** A scalar as Python prints it: {@code true}/{@code null} in JSON; {@link #pyStr} for text. */
    private static String scalar(JsonNode n) {
        if (n.isNull()) return "null";
        if (n.isBoolean()) return n.asBoolean() ? "true" : "false";
        if (n.isIntegralNumber()) return n.asText();
        if (n.isNumber()) return pyFloat(n.asDouble());
        return n.asText();
    }

    static String pyFloat(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e16) return String.valueOf((long) d) + ".0";
        String s = Double.toString(d);
        return s.contains("E") ? s.replace("E", "e") : s;
    }

    /** Python's {@code str()} of a parsed JSON scalar. */
    static String pyStr(JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) return "None";
        if (n.isBoolean()) return n.asBoolean() ? "True" : "False";
        if (n.isTextual()) return n.asText();
        return scalar(n);
    }

    // --- text (awscli/text.py) ---

    static String text(JsonNode data) {
        StringBuilder sb = new StringBuilder();
        formatText(data, sb, null, null);
        return sb.toString();
    }

    private static void formatText(JsonNode item, StringBuilder sb, String identifier, List<String> scalarKeys) {
        if (item.isObject()) {
            formatDict(scalarKeys, item, identifier, sb);
        } else if (item.isArray()) {
            formatList(item, identifier, sb);
        } else {
            sb.append(pyStr(item)).append('\n');
        }
    }

    private static void formatList(JsonNode item, String identifier, StringBuilder sb) {
        if (item.isEmpty()) return;
        boolean anyDict = false;
        boolean anyList = false;
        for (JsonNode e : item) {
            anyDict |= e.isObject();
            anyList |= e.isArray();
        }
        if (anyDict) {
            List<String> keys = allScalarKeys(item);
            for (JsonNode e : item) formatText(e, sb, identifier, keys);
        } else if (anyList) {
            List<JsonNode> scalars = new ArrayList<>();
            List<JsonNode> nonScalars = new ArrayList<>();
            for (JsonNode e : item) (e.isArray() || e.isObject() ? nonScalars : scalars).add(e);
            if (!scalars.isEmpty()) scalarList(scalars, identifier, sb);
            for (JsonNode n : nonScalars) formatText(n, sb, identifier, null);
        } else {
            List<JsonNode> all = new ArrayList<>();
            item.forEach(all::add);
            scalarList(all, identifier, sb);
        }
    }

    private static void scalarList(List<JsonNode> elements, String identifier, StringBuilder sb) {
        if (identifier != null) {
            for (JsonNode e : elements) sb.append(identifier.toUpperCase()).append('\t').append(pyStr(e)).append('\n');
        } else {
            List<String> parts = new ArrayList<>();
            for (JsonNode e : elements) parts.add(pyStr(e));
            sb.append(String.join("\t", parts)).append('\n');
        }
    }

    private static void formatDict(List<String> scalarKeys, JsonNode item, String identifier, StringBuilder sb) {
        List<String> scalars = new ArrayList<>();
        List<Map.Entry<String, JsonNode>> nonScalars = new ArrayList<>();
        if (scalarKeys == null) {
            for (String k : new TreeSet<>(fieldNames(item))) {
                JsonNode v = item.get(k);
                if (v.isObject() || v.isArray()) nonScalars.add(Map.entry(k, v));
                else scalars.add(pyStr(v));
            }
        } else {
            for (String k : scalarKeys) scalars.add(pyStr(item.get(k)));
            TreeSet<String> remaining = new TreeSet<>(fieldNames(item));
            remaining.removeAll(scalarKeys);
            for (String k : remaining) nonScalars.add(Map.entry(k, item.get(k)));
        }
        if (!scalars.isEmpty()) {
            if (identifier != null) scalars.add(0, identifier.toUpperCase());
            sb.append(String.join("\t", scalars)).append('\n');
        }
        for (Map.Entry<String, JsonNode> e : nonScalars) formatText(e.getValue(), sb, e.getKey(), null);
    }

    private static List<String> allScalarKeys(JsonNode list) {
        TreeSet<String> keys = new TreeSet<>();
        for (JsonNode d : list) {
            if (!d.isObject()) continue;
            d.fields().forEachRemaining(e -> {
                if (!e.getValue().isObject() && !e.getValue().isArray()) keys.add(e.getKey());
            });
        }
        return new ArrayList<>(keys);
    }

    static List<String> fieldNames(JsonNode n) {
        List<String> names = new ArrayList<>();
        n.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
