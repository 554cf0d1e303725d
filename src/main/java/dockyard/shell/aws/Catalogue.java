package dockyard.shell.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The AWS CLI commands the sandbox supports, read from {@code shell/aws-cli.yaml}: services, their operations and
 * each operation's request members with their types. Immutable once loaded.
 */
public final class Catalogue {
    private static final Pattern FIRST_CAP = Pattern.compile("(.)([A-Z][a-z]+)");
    private static final Pattern END_CAP = Pattern.compile("([a-z0-9])([A-Z])");

    /** One CLI service ({@code ecs}, {@code s3api}, …) and the engine service that implements it. */
    public record Service(String cliName, String engineName, Map<String, Operation> operations, Set<String> timestamps) {
    }

    /** One operation: its CLI name ({@code run-task}), API name ({@code RunTask}) and parameters by CLI name. */
    public record Operation(String cliName, String apiName, Map<String, Shape.Member> params) {
        /** The parameter of a member name, by its CLI spelling. */
        public static String cliName(String member) {
            return "--" + xform(member);
        }
    }

    private final Map<String, Service> services;

    private Catalogue(Map<String, Service> services) {
        this.services = services;
    }

    private static final class Shared {
        static final Catalogue INSTANCE = load();
    }

    /** The catalogue shipped with the application, loaded once (it never changes). */
    public static Catalogue shared() {
        return Shared.INSTANCE;
    }

    /** Loads the catalogue shipped with the application. */
    public static Catalogue load() {
        try (InputStream in = Catalogue.class.getResourceAsStream("/shell/aws-cli.yaml")) {
            if (in == null) throw new IllegalStateException("shell/aws-cli.yaml is missing from the classpath");
            return parse(new ObjectMapper(new YAMLFactory()).readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Catalogue parse(JsonNode root) {
        Map<String, Service> out = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.get("services").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode svc = e.getValue();
            JsonNode shapesNode = svc.path("shapes");
            Map<String, Shape> named = new HashMap<>();
            Map<String, Operation> ops = new TreeMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> o = svc.get("operations").fields(); o.hasNext(); ) {
                Map.Entry<String, JsonNode> op = o.next();
                Map<String, Shape.Member> params = new LinkedHashMap<>();
                for (Shape.Member m : members(op.getValue(), shapesNode, named)) params.put(Operation.cliName(m.name()), m);
                ops.put(xform(op.getKey()), new Operation(xform(op.getKey()), op.getKey(), Collections.unmodifiableMap(params)));
            }
            Set<String> ts = new java.util.HashSet<>();
            svc.path("timestamps").forEach(t -> ts.add(t.asText()));
            out.put(e.getKey(), new Service(e.getKey(), svc.path("engine").asText(e.getKey()),
                    Collections.unmodifiableMap(ops), Set.copyOf(ts)));
        }
        return new Catalogue(Collections.unmodifiableMap(out));
    }

    private static List<Shape.Member> members(JsonNode struct, JsonNode shapes, Map<String, Shape> named) {
        List<Shape.Member> list = new java.util.ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = struct.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> m = it.next();
            String spec = m.getValue().asText().strip();
            boolean required = spec.endsWith("!");
            if (required) spec = spec.substring(0, spec.length() - 1);
            list.add(new Shape.Member(m.getKey(), shape(spec, shapes, named), required));
        }
        return list;
    }

    private static Shape shape(String spec, JsonNode shapes, Map<String, Shape> named) {
        if (spec.startsWith("list<") && spec.endsWith(">")) {
            return new Shape("list", null, shape(spec.substring(5, spec.length() - 1), shapes, named), null);
        }
        switch (spec) {
            case "string", "integer", "long", "double", "boolean", "blob", "streaming", "token", "timestamp", "map":
                return new Shape(spec, null, null, null);
            case "structure":
                return new Shape("structure", null, null, null);
            default:
                break;
        }
        Shape known = named.get(spec);
        if (known != null) return known;
        JsonNode def = shapes.get(spec);
        if (def == null) throw new IllegalStateException("aws-cli.yaml: unknown shape " + spec);
        Map<String, Shape.Member> members = new LinkedHashMap<>();
        for (Shape.Member m : members(def, shapes, named)) members.put(m.name(), m);
        Shape s = new Shape("structure", spec, null, Collections.unmodifiableMap(members));
        named.put(spec, s);
        return s;
    }

    /** botocore's {@code xform_name}: {@code RunTask} → {@code run-task}, {@code enableECSManagedTags} → {@code enable-ecs-managed-tags}. */
    public static String xform(String name) {
        String s1 = FIRST_CAP.matcher(name).replaceAll("$1-$2");
        return END_CAP.matcher(s1).replaceAll("$1-$2").toLowerCase(java.util.Locale.ROOT);
    }

    public Map<String, Service> services() {
        return services;
    }

    public Service service(String cliName) {
        return services.get(cliName);
    }
}
