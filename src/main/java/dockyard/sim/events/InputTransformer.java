package dockyard.sim.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dockyard.sim.AwsException;
import dockyard.sim.Json;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A target's input transformer (EB {@code eb-transform-target-input}): {@code InputPathsMap} names values picked from
 * the event with JSON paths ({@code $.detail.object.key}), and {@code InputTemplate} places them with {@code <name>}.
 * Outside a JSON string a value goes in as JSON (a string with its quotes, {@code null} when the path finds nothing);
 * inside a string it goes in as text. Predefined: {@code <aws.events.rule-arn>}, {@code <aws.events.rule-name>},
 * {@code <aws.events.event.ingestion-time>}, {@code <aws.events.event>}, {@code <aws.events.event.json>}.
 */
final class InputTransformer {
    private static final Pattern PATH_STEP = Pattern.compile("\\.([^.\\[\\]]+)|\\[(\\d+)]|\\['([^']+)']");
    private static final Pattern VARIABLE = Pattern.compile("<([A-Za-z0-9_.\\-]+)>");
    private static final int MAX_TEMPLATE = 8192;

    private InputTransformer() {
    }

    static void requireJson(String text, String member) {
        try {
            EventPattern.EXACT.readTree(text);
        } catch (Exception e) {
            throw AwsException.client("ValidationException", member + " is not valid JSON text.");
        }
    }

    /** Checks a transformer when the target is put. */
    static void validate(JsonNode transformer) {
        String template = transformer.path("InputTemplate").asText(null);
        if (template == null || template.isEmpty() || template.length() > MAX_TEMPLATE) {
            throw AwsException.client("ValidationException", "InputTemplate must be 1 to 8192 characters long.");
        }
        JsonNode paths = transformer.path("InputPathsMap");
        if (paths.size() > 100) throw AwsException.client("ValidationException", "InputPathsMap may have at most 100 entries.");
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getKey().startsWith("aws.")) {
                throw AwsException.client("ValidationException", "InputPathsMap key " + e.getKey() + " is reserved: names starting with "
                        + "aws. are predefined.");
            }
            if (!validPath(e.getValue().asText())) {
                throw AwsException.client("ValidationException", "InputPath for key " + e.getKey() + " is an invalid JSONPath: "
                        + e.getValue().asText());
            }
        }
    }

    static boolean validPath(String path) {
        if (!path.startsWith("$")) return false;
        Matcher m = PATH_STEP.matcher(path);
        int at = 1;
        while (at < path.length()) {
            if (!m.find(at) || m.start() != at) return false;
            at = m.end();
        }
        return true;
    }

    /** The value at a JSON path such as {@code $.detail.bucket.name} or {@code $.resources[0]}; null when absent. */
    static JsonNode select(JsonNode event, String path) {
        if (!validPath(path)) return null;
        JsonNode node = event;
        Matcher m = PATH_STEP.matcher(path);
        int at = 1;
        while (at < path.length() && node != null) {
            m.find(at);
            if (m.group(2) != null) node = node.isArray() ? node.get(Integer.parseInt(m.group(2))) : null;
            else node = node.isObject() ? node.get(m.group(1) != null ? m.group(1) : m.group(3)) : null;
            at = m.end();
        }
        return node;
    }

    /** Fills the template from the event. */
    static String apply(JsonNode transformer, ObjectNode event, Rule rule, String ingestionTime) {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = transformer.path("InputPathsMap").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            values.put(e.getKey(), select(event, e.getValue().asText()));
        }
        JsonNodeFactory f = JsonNodeFactory.instance;
        values.put("aws.events.rule-arn", f.textNode(rule.arn));
        values.put("aws.events.rule-name", f.textNode(rule.name));
        values.put("aws.events.event.ingestion-time", f.textNode(ingestionTime));
        values.put("aws.events.event", event);
        values.put("aws.events.event.json", event);
        String template = transformer.path("InputTemplate").asText();
        StringBuilder out = new StringBuilder();
        Matcher m = VARIABLE.matcher(template);
        int last = 0;
        while (m.find()) {
            if (!values.containsKey(m.group(1))) continue;
            out.append(template, last, m.start());
            JsonNode v = values.get(m.group(1));
            boolean inString = insideString(template, m.start());
            if (inString) {
                String raw = v == null || v.isNull() ? "" : v.isTextual() ? v.asText() : write(v);
                String quoted = write(f.textNode(raw));
                out.append(quoted, 1, quoted.length() - 1);
            } else {
                out.append(v == null ? "null" : write(v));
            }
            last = m.end();
        }
        return out.append(template.substring(last)).toString();
    }

    private static boolean insideString(String text, int upTo) {
        boolean in = false;
        for (int i = 0; i < upTo; i++) {
            char c = text.charAt(i);
            if (c == '\\' && in) i++;
            else if (c == '"') in = !in;
        }
        return in;
    }

    private static String write(JsonNode v) {
        try {
            return EventPattern.EXACT.writeValueAsString(v);
        } catch (Exception e) {
            return Json.object().toString();
        }
    }
}
