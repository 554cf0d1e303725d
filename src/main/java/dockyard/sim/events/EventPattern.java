package dockyard.sim.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dockyard.sim.AwsException;
import software.amazon.event.ruler.Machine;

import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * An event pattern, matched by AWS's own open-source matcher (Event Ruler) with EventBridge's operators: exact values,
 * {@code prefix}, {@code suffix}, {@code anything-but}, {@code numeric}, {@code exists}, {@code equals-ignore-case},
 * {@code wildcard}, {@code cidr}, {@code [null]}, {@code [""]} and {@code $or} (EB {@code eb-event-patterns},
 * {@code eb-event-patterns-content-based-filtering}).
 *
 * <p>One difference from Ruler is closed here: EventBridge compares a plain number in a pattern with the event's number
 * as text, so {@code 300}, {@code 300.0} and {@code 3.0e2} are three different values (EB {@code eb-create-pattern},
 * "Considerations"). Ruler compares them as numbers; those fields are therefore matched on their JSON text. A key that
 * appears twice in a pattern or an event keeps its last value, as in EventBridge. Immutable.
 */
public final class EventPattern {
    /** Keeps each number's JSON text (300.0 stays 300.0), so exact numbers can be compared as text. */
    static final ObjectMapper EXACT = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final String NUMBER_TEXT = "\u0001number:";
    private static final Set<String> OPERATORS = Set.of("prefix", "suffix", "anything-but", "numeric", "exists",
            "equals-ignore-case", "wildcard", "cidr");
    private final String text;
    private final Machine machine;
    /** Dotted paths where the pattern lists a plain number and no numeric operator. */
    private final Set<String> textNumberPaths;

    private EventPattern(String text, Machine machine, Set<String> textNumberPaths) {
        this.text = text;
        this.machine = machine;
        this.textNumberPaths = textNumberPaths;
    }

    /** The pattern as the caller wrote it (DescribeRule returns it unchanged). */
    public String text() { return text; }

    /** Parses and checks a pattern; an invalid one is AWS's {@code InvalidEventPatternException}. */
    public static EventPattern parse(String text) {
        JsonNode root;
        try {
            root = EXACT.readTree(text);
        } catch (JsonProcessingException e) {
            throw invalid(e.getOriginalMessage());
        }
        if (!(root instanceof ObjectNode pattern)) throw invalid("Filter is not an object");
        Set<String> exactNumbers = new HashSet<>();
        Set<String> numericOps = new HashSet<>();
        collect(pattern, "", exactNumbers, numericOps);
        exactNumbers.removeAll(numericOps);
        ObjectNode rewritten = pattern.deepCopy();
        rewrite(rewritten, "", exactNumbers);
        Machine machine = new Machine();
        try {
            machine.addRule("pattern", EXACT.writeValueAsString(rewritten));
        } catch (Exception e) {
            throw invalid(firstLine(e.getMessage()));
        }
        return new EventPattern(text, machine, exactNumbers);
    }

    /** Whether {@code event} (a whole event, envelope and detail) matches. */
    public boolean matches(JsonNode event) {
        JsonNode subject = textNumberPaths.isEmpty() ? event : rewriteEvent(event.deepCopy(), "");
        try {
            return !machine.rulesForJSONEvent(subject).isEmpty();
        } catch (RuntimeException e) {
            return false;
        }
    }

    static AwsException invalid(String reason) {
        return AwsException.client("InvalidEventPatternException", "Event pattern is not valid. Reason: " + reason);
    }

    private static String firstLine(String message) {
        if (message == null) return "invalid pattern";
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    private static String join(String prefix, String key) {
        return prefix.isEmpty() ? key : prefix + "." + key;
    }

    /** Walks the pattern's fields ({@code $or} branches share their parent's path). */
    private static void collect(ObjectNode node, String path, Set<String> exactNumbers, Set<String> numericOps) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            if (e.getKey().equals("$or") && v.isArray()) {
                for (JsonNode branch : v) if (branch instanceof ObjectNode o) collect(o, path, exactNumbers, numericOps);
                continue;
            }
            String p = join(path, e.getKey());
            if (v instanceof ObjectNode o) {
                collect(o, p, exactNumbers, numericOps);
            } else if (v.isArray()) {
                for (JsonNode item : v) {
                    if (item.isNumber()) exactNumbers.add(p);
                    else if (item.isObject() && (item.has("numeric") || item.has("anything-but"))) numericOps.add(p);
                }
            }
        }
    }

    private static void rewrite(ObjectNode node, String path, Set<String> paths) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            if (e.getKey().equals("$or") && v.isArray()) {
                for (JsonNode branch : v) if (branch instanceof ObjectNode o) rewrite(o, path, paths);
                continue;
            }
            String p = join(path, e.getKey());
            if (v instanceof ObjectNode o && !isOperator(o)) {
                rewrite(o, p, paths);
            } else if (v instanceof ArrayNode a && paths.contains(p)) {
                for (int i = 0; i < a.size(); i++) {
                    if (a.get(i).isNumber()) a.set(i, JsonNodeFactory.instance.textNode(NUMBER_TEXT + a.get(i).asText()));
                }
            }
        }
    }

    private static boolean isOperator(ObjectNode o) {
        for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) if (OPERATORS.contains(it.next())) return true;
        return false;
    }

    private JsonNode rewriteEvent(JsonNode node, String path) {
        if (node instanceof ObjectNode o) {
            for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                e.setValue(rewriteEvent(e.getValue(), join(path, e.getKey())));
            }
            return o;
        }
        if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) a.set(i, rewriteEvent(a.get(i), path));
            return a;
        }
        if (node.isNumber() && textNumberPaths.contains(path)) {
            return JsonNodeFactory.instance.textNode(NUMBER_TEXT + node.asText());
        }
        return node;
    }
}
