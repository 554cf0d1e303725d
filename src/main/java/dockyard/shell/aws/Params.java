package dockyard.shell.aws;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns an operation's command-line parameters into its API request, as the AWS CLI does: kebab-case options to
 * member names, shorthand or JSON values, {@code file://} from the workspace, {@code --cli-input-json},
 * boolean flags and their {@code --no-} forms, then botocore's parameter validation.
 */
final class Params {
    private static final ObjectMapper JSON = new ObjectMapper().enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private final Catalogue.Operation op;
    private final LocalFiles files;

    /**
     * @param files reads a workspace file by the path the learner typed (relative to the shell's directory)
     */
    Params(Catalogue.Operation op, LocalFiles files) {
        this.op = op;
        this.files = files;
    }

    /** The request for {@code args} (everything after the operation name), or the CLI's error. */
    ObjectNode build(List<String> args) throws CliError {
        Map<String, List<String>> given = new LinkedHashMap<>();
        Map<String, Boolean> flags = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        String inputJson = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            String inline = null;
            if (a.startsWith("--") && a.contains("=")) {
                inline = a.substring(a.indexOf('=') + 1);
                a = a.substring(0, a.indexOf('='));
            }
            if (a.equals("--cli-input-json")) {
                List<String> v = values(args, i, inline, false, a);
                i += inline == null ? v.size() : 0;
                inputJson = v.get(0);
                continue;
            }
            Shape.Member m = op.params().get(a);
            if (m == null && a.startsWith("--no-")) {
                Shape.Member neg = op.params().get("--" + a.substring(5));
                if (neg != null && neg.shape().type().equals("boolean")) {
                    flags.put("--" + a.substring(5), false);
                    continue;
                }
            }
            if (m == null) {
                unknown.add(args.get(i));
                continue;
            }
            if (m.shape().type().equals("boolean")) {
                flags.put(a, true);
                continue;
            }
            boolean many = m.shape().type().equals("list");
            List<String> v = values(args, i, inline, many, a);
            if (inline == null) i += v.size();
            given.put(a, v);
        }
        if (inputJson == null) {
            List<String> missing = new ArrayList<>();
            for (Map.Entry<String, Shape.Member> p : op.params().entrySet()) {
                if (p.getValue().required() && !given.containsKey(p.getKey()) && !flags.containsKey(p.getKey())
                        && !p.getValue().shape().type().equals("token")) {
                    missing.add(p.getKey());
                }
            }
            if (!missing.isEmpty()) throw Usage.error("the following arguments are required: " + String.join(", ", missing));
        }
        if (!unknown.isEmpty()) throw Usage.unknownOptions(unknown, op.params().keySet());

        ObjectNode request = F.objectNode();
        if (inputJson != null) {
            JsonNode parsed = json("--cli-input-json", file("--cli-input-json", inputJson));
            if (!parsed.isObject()) throw CliError.usage("\nError parsing parameter 'cli-input-json': Invalid JSON received.\n");
            request.setAll((ObjectNode) parsed);
        }
        for (Map.Entry<String, List<String>> g : given.entrySet()) {
            Shape.Member m = op.params().get(g.getKey());
            request.set(m.name(), value(g.getKey(), m.shape(), g.getValue()));
        }
        for (Map.Entry<String, Boolean> f : flags.entrySet()) request.put(op.params().get(f.getKey()).name(), f.getValue());
        List<String> problems = Validator.validate(request, op.params());
        if (!problems.isEmpty()) {
            throw CliError.usage("\nParameter validation failed:\n" + String.join("\n", problems) + "\n");
        }
        return request;
    }

    private static List<String> values(List<String> args, int i, String inline, boolean many, String name) throws CliError {
        if (inline != null) return List.of(inline);
        List<String> v = new ArrayList<>();
        for (int j = i + 1; j < args.size() && !args.get(j).startsWith("--"); j++) {
            v.add(args.get(j));
            if (!many) break;
        }
        if (v.isEmpty()) {
            throw Usage.error("argument " + name + ": expected " + (many ? "at least one argument" : "one argument"));
        }
        return v;
    }

    private JsonNode value(String param, Shape shape, List<String> raw) throws CliError {
        switch (shape.type()) {
            case "list" -> {
                if (raw.size() == 1 && raw.get(0).strip().startsWith("[")) return json(param, file(param, raw.get(0)));
                if (raw.size() == 1 && raw.get(0).startsWith("file://")) {
                    String text = file(param, raw.get(0));
                    if (text.strip().startsWith("[")) return json(param, text);
                }
                ArrayNode list = F.arrayNode();
                for (String r : raw) {
                    if (shape.element().isScalar()) list.add(coerce(F.textNode(file(param, r)), shape.element()));
                    else list.add(structured(param, shape.element(), file(param, r)));
                }
                return list;
            }
            case "structure", "map" -> {
                return structured(param, shape, file(param, raw.get(0)));
            }
            case "blob" -> {
                String v = raw.get(0);
                if (v.startsWith("fileb://")) v = file(param, "file://" + v.substring(8));
                else v = file(param, v);
                return F.textNode(Base64.getEncoder().encodeToString(v.getBytes(StandardCharsets.UTF_8)));
            }
            case "streaming" -> {
                String path = raw.get(0).replaceFirst("^fileb?://", "");
                return F.textNode(files.read(path).orElseThrow(() -> CliError.usage(
                        "\nError parsing parameter '" + param + "': Blob values must be a path to a file.\n")));
            }
            default -> {
                String v = file(param, raw.get(0));
                JsonNode n = coerce(F.textNode(v), shape);
                if ((shape.type().equals("integer") || shape.type().equals("long")) && !n.isIntegralNumber()) {
                    throw CliError.usage("\nError parsing parameter '" + param + "': invalid literal for int() with base 10: '" + v + "'\n");
                }
                return n;
            }
        }
    }

    private JsonNode structured(String param, Shape shape, String text) throws CliError {
        if (text.strip().startsWith("{") || text.strip().startsWith("[")) return json(param, text);
        try {
            return coerce(Shorthand.parse(text), shape);
        } catch (Shorthand.Error e) {
            throw CliError.usage("\nError parsing parameter '" + param + "': " + e.getMessage() + "\n");
        }
    }

    /** Shorthand gives strings; the model says which are numbers, booleans or lists. */
    static JsonNode coerce(JsonNode v, Shape shape) {
        switch (shape.type()) {
            case "integer", "long" -> {
                if (v.isTextual() && v.asText().strip().matches("-?\\d{1,18}")) return F.numberNode(Long.parseLong(v.asText().strip()));
                return v;
            }
            case "double" -> {
                if (v.isTextual()) {
                    try {
                        return F.numberNode(Double.parseDouble(v.asText().strip()));
                    } catch (NumberFormatException e) {
                        return v;
                    }
                }
                return v;
            }
            case "boolean" -> {
                if (v.isTextual() && v.asText().equalsIgnoreCase("true")) return F.booleanNode(true);
                if (v.isTextual() && v.asText().equalsIgnoreCase("false")) return F.booleanNode(false);
                return v;
            }
            case "list" -> {
                ArrayNode out = F.arrayNode();
                if (v.isArray()) v.forEach(e -> out.add(coerce(e, shape.element())));
                else out.add(coerce(v, shape.element()));
                return out;
            }
            case "structure" -> {
                if (!v.isObject() || shape.members() == null) return v;
                ObjectNode out = F.objectNode();
                for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    Shape.Member m = shape.members().get(e.getKey());
                    out.set(e.getKey(), m == null ? e.getValue() : coerce(e.getValue(), m.shape()));
                }
                return out;
            }
            default -> {
                return v;
            }
        }
    }

    private String file(String param, String value) throws CliError {
        if (!value.startsWith("file://")) return value;
        String path = value.substring(7);
        return files.read(path).orElseThrow(() -> CliError.usage("\nError parsing parameter '" + param
                + "': Unable to load paramfile " + value + ": [Errno 2] No such file or directory: '" + path + "'\n"));
    }

    private static JsonNode json(String param, String text) throws CliError {
        try {
            JsonNode n = JSON.readTree(text);
            if (n == null || n.isMissingNode()) throw new IllegalArgumentException("Expecting value: line 1 column 1 (char 0)");
            return n;
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            String where = loc == null ? "" : ": line " + loc.getLineNr() + " column " + loc.getColumnNr() + " (char " + Math.max(0, loc.getCharOffset()) + ")";
            throw CliError.usage("\nError parsing parameter '" + param + "': Invalid JSON: " + firstLine(e.getOriginalMessage()) + where
                    + "\nJSON received: " + text + "\n");
        } catch (IllegalArgumentException e) {
            throw CliError.usage("\nError parsing parameter '" + param + "': Invalid JSON: " + e.getMessage() + "\nJSON received: " + text + "\n");
        }
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
