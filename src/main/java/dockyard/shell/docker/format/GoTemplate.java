package dockyard.shell.docker.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dockyard.shell.docker.format.Nodes.Arg;
import dockyard.shell.docker.format.Nodes.Cmd;
import dockyard.shell.docker.format.Nodes.Node;
import dockyard.shell.docker.format.Nodes.Pipeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * A Go {@code text/template} (the subset Docker's {@code --format} documentation uses) evaluated over Jackson
 * trees. Objects stand for Go structs (a missing field is an error) except maps: objects found under a map-typed
 * Docker field such as {@code Labels} or {@code Ports}, or whose keys are not Go field names (a missing key prints
 * {@code <no value>}). Immutable once parsed; each {@link #execute} call has its own state.
 */
public final class GoTemplate {
    /** Docker fields whose Go type is a map, so a missing key is not an error. */
    private static final Set<String> MAP_FIELDS = Set.of("Labels", "ExposedPorts", "Ports", "Networks", "Volumes", "Options",
            "Annotations", "DriverOpts", "Data");
    /** Docker fields whose Go type is a slice, so JSON null prints as {@code []}. */
    private static final Set<String> SLICE_FIELDS = Set.of("Cmd", "Entrypoint", "Env", "Args", "RepoTags", "RepoDigests",
            "Layers", "Mounts", "Shell", "OnBuild");

    /** Docker's template functions that pass a header name through (docker/cli templates.HeaderFunctions). */
    private static final Set<String> HEADER_FUNCTIONS = Set.of("json", "split", "join", "title", "lower", "upper", "pad", "truncate");

    private static final long MAX_STEPS = 200_000;
    private static final int MAX_OUTPUT = 1_000_000;

    private final List<Node> nodes;
    private final String source;

    private GoTemplate(List<Node> nodes, String source) {
        this.nodes = nodes;
        this.source = source;
    }

    /** Parses {@code source}; a {@link TemplateError} with {@link TemplateError#parsing()} true when it is not valid. */
    public static GoTemplate parse(String source) throws TemplateError {
        return new GoTemplate(new Parser(source).parse(), source);
    }

    /**
     * Runs the template with {@code data} as dot.
     *
     * @param rootType the Go type named when a field of {@code data} itself is missing (e.g.
     *                 {@code *formatter.ContainerContext}), or null to report it as a missing map key, as
     *                 {@code docker inspect} does after its fallback to the raw JSON
     */
    public String execute(JsonNode data, String rootType) throws TemplateError {
        return run(data, rootType, false);
    }

    /**
     * Runs the template over a table's header names, as Docker does for {@code table} formats: Docker's own
     * functions (json, upper, split, …) return their first argument unchanged, so {@code {{upper .Names}}} heads
     * its column {@code NAMES}.
     */
    public String executeHeader(JsonNode headers) throws TemplateError {
        return run(headers, null, true);
    }

    private String run(JsonNode data, String rootType, boolean header) throws TemplateError {
        Run run = new Run(data, rootType, source, header);
        run.nodes(nodes, data);
        return run.out.toString();
    }

    private static final class Run {
        private final StringBuilder out = new StringBuilder();
        private final List<String> names = new ArrayList<>();
        private final List<JsonNode> values = new ArrayList<>();
        private final Set<JsonNode> maps = Collections.newSetFromMap(new IdentityHashMap<>());
        private final JsonNode root;
        private final String rootType;
        private final String sourceText;
        private final boolean header;
        private long steps;

        Run(JsonNode root, String rootType, String sourceText, boolean header) {
            this.sourceText = sourceText;
            this.header = header;
            this.root = root;
            this.rootType = rootType;
            names.add("$");
            values.add(root);
        }

        boolean isMap(JsonNode v) {
            if (!v.isObject()) return false;
            if (maps.contains(v) || v.isEmpty()) return true;
            for (var it = v.fieldNames(); it.hasNext(); ) if (!it.next().matches("[A-Z][A-Za-z0-9_]*")) return true;
            return false;
        }

        void nodes(List<Node> list, JsonNode dot) throws TemplateError {
            for (Node n : list) node(n, dot);
        }

        void node(Node n, JsonNode dot) throws TemplateError {
            // Nested ranges grow exponentially; a learner's template must not stall the sandbox or fill its memory.
            if (++steps > MAX_STEPS || out.length() > MAX_OUTPUT) {
                throw new TemplateError("template: :1: the sandbox stops a template after " + MAX_STEPS + " steps or "
                        + MAX_OUTPUT + " characters of output", false);
            }
            int mark = names.size();
            if (n instanceof Nodes.Text t) {
                out.append(t.text());
            } else if (n instanceof Nodes.Action a) {
                JsonNode v = pipeline(a.pipe(), dot);
                if (a.pipe().decls().isEmpty()) out.append(GoFmt.print(v, this::isMap));
                mark = names.size();
            } else {
                block((Nodes.Block) n, dot);
            }
            while (names.size() > mark) pop();
        }

        private void block(Nodes.Block b, JsonNode dot) throws TemplateError {
            int mark = names.size();
            if (!b.kind().equals("range")) {
                JsonNode v = pipeline(b.pipe(), dot);
                boolean yes = GoFmt.truth(v);
                nodes(yes ? b.body() : b.otherwise(), yes && b.kind().equals("with") ? v : dot);
                while (names.size() > mark) pop();
                return;
            }
            JsonNode v = evalCmds(b.pipe(), dot);
            List<String> decls = b.pipe().decls();
            if (v.isMissingNode() || v.isNull()) {
                nodes(b.otherwise(), dot);
                return;
            }
            if (!v.isContainerNode()) throw exec(b.pipe().pos(), b.pipe().source(), "range can't iterate over " + GoFmt.print(v, this::isMap));
            if (v.isEmpty()) {
                nodes(b.otherwise(), dot);
                return;
            }
            List<JsonNode> keys = new ArrayList<>();
            List<JsonNode> elems = new ArrayList<>();
            if (v.isArray()) {
                for (int i = 0; i < v.size(); i++) {
                    keys.add(LongNode.valueOf(i));
                    elems.add(v.get(i));
                }
            } else {
                for (String k : GoFmt.sortedKeys(v)) {
                    keys.add(JsonNodeFactory.instance.textNode(k));
                    elems.add(v.get(k));
                }
            }
            for (int i = 0; i < elems.size(); i++) {
                if (decls.size() == 1) push(decls.get(0), elems.get(i));
                if (decls.size() == 2) {
                    push(decls.get(0), keys.get(i));
                    push(decls.get(1), elems.get(i));
                }
                nodes(b.body(), elems.get(i));
                while (names.size() > mark) pop();
            }
        }

        private JsonNode pipeline(Pipeline p, JsonNode dot) throws TemplateError {
            JsonNode v = evalCmds(p, dot);
            for (String d : p.decls()) push(d, v);
            return v;
        }

        private JsonNode evalCmds(Pipeline p, JsonNode dot) throws TemplateError {
            JsonNode v = null;
            for (Cmd c : p.cmds()) v = cmd(c, dot, v);
            return v;
        }

        private JsonNode cmd(Cmd c, JsonNode dot, JsonNode fin) throws TemplateError {
            Arg head = c.args().get(0);
            if (head instanceof Nodes.Func f) {
                List<JsonNode> args = new ArrayList<>();
                for (Arg a : c.args().subList(1, c.args().size())) args.add(arg(a, dot));
                if (fin != null) args.add(fin);
                if (header && HEADER_FUNCTIONS.contains(f.name()) && !args.isEmpty()) return args.get(0);
                try {
                    return Functions.call(f.name(), args, this::isMap);
                } catch (Functions.Failure e) {
                    throw exec(c.pos(), c.source(), e.getMessage());
                }
            }
            if (head instanceof Nodes.Field f && f.path().equals(List.of("Label")) && dot == root && rootType != null
                    && root.has("Labels") && !root.has("Label")) {
                return label(c, dot, fin);
            }
            if (c.args().size() > 1 || fin != null) throw exec(c.pos(), c.source(), "can't give argument to non-function " + describe(head));
            return arg(head, dot);
        }

        /** {@code docker ps}'s {@code .Label "key"} method: one value of the row's {@code k=v,…} labels, or "". */
        private JsonNode label(Cmd c, JsonNode dot, JsonNode fin) throws TemplateError {
            List<JsonNode> args = new ArrayList<>();
            for (Arg a : c.args().subList(1, c.args().size())) args.add(arg(a, dot));
            if (fin != null) args.add(fin);
            if (args.size() != 1) throw exec(c.pos(), c.source(), "wrong number of args for Label: want 1 got " + args.size());
            if (!args.get(0).isTextual()) throw exec(c.pos(), c.source(), "wrong type for value; expected string; got " + GoFmt.type(args.get(0)));
            for (String kv : root.get("Labels").asText().split(",")) {
                int eq = kv.indexOf('=');
                if (eq > 0 && kv.substring(0, eq).equals(args.get(0).asText())) return JsonNodeFactory.instance.textNode(kv.substring(eq + 1));
            }
            return JsonNodeFactory.instance.textNode("");
        }

        private JsonNode arg(Arg a, JsonNode dot) throws TemplateError {
            if (a instanceof Nodes.Dot) return dot;
            if (a instanceof Nodes.Lit l) return l.value();
            if (a instanceof Nodes.Field f) return walk(dot, f.path(), f.pos(), f.source());
            if (a instanceof Nodes.Var v) return walk(lookup(v.name()), v.path(), v.pos(), v.source());
            if (a instanceof Nodes.Sub s) return walk(pipeline(s.pipe(), dot), s.path(), s.pos(), s.source());
            Nodes.Func f = (Nodes.Func) a;
            try {
                return Functions.call(f.name(), List.of(), this::isMap);
            } catch (Functions.Failure e) {
                throw exec(f.pos(), f.name(), e.getMessage());
            }
        }

        private JsonNode walk(JsonNode v, List<String> path, int pos, String source) throws TemplateError {
            for (String name : path) {
                if (v.isObject()) {
                    JsonNode next = v.get(name);
                    if (next == null) {
                        if (isMap(v)) {
                            v = MissingNode.getInstance();
                            continue;
                        }
                        if (v == root && rootType != null) throw exec(pos, source, "can't evaluate field " + name + " in type " + rootType);
                        throw exec(pos, source, "map has no entry for key \"" + name + "\"");
                    }
                    if (next.isNull() && SLICE_FIELDS.contains(name)) next = JsonNodeFactory.instance.arrayNode();
                    if (next.isObject() && MAP_FIELDS.contains(name)) maps.add(next);
                    v = next;
                } else if (v.isMissingNode() || v.isNull()) {
                    throw exec(pos, source, "nil pointer evaluating interface {}." + name);
                } else {
                    throw exec(pos, source, "can't evaluate field " + name + " in type " + GoFmt.type(v));
                }
            }
            return v;
        }

        private JsonNode lookup(String name) {
            for (int i = names.size() - 1; i >= 0; i--) if (names.get(i).equals(name)) return values.get(i);
            return MissingNode.getInstance();
        }

        private void push(String name, JsonNode v) {
            names.add(name);
            values.add(v);
        }

        private void pop() {
            names.remove(names.size() - 1);
            values.remove(values.size() - 1);
        }

        private static String describe(Arg a) {
            if (a instanceof Nodes.Field f) return f.source();
            if (a instanceof Nodes.Var v) return v.source();
            if (a instanceof Nodes.Sub s) return s.source();
            return a instanceof Nodes.Dot ? "." : "constant";
        }

        private TemplateError exec(int pos, String source, String message) {
            // Go's location: line, then byte offset in that line (counted from the template's start on line 1).
            int line = 1;
            int lineStart = -1;
            for (int i = 0; i < Math.min(pos, sourceText.length()); i++) {
                if (sourceText.charAt(i) == '\n') {
                    line++;
                    lineStart = i;
                }
            }
            int col = lineStart < 0 ? pos : pos - lineStart - 1;
            return new TemplateError("template: :" + line + ":" + col + ": executing \"\" at <" + source + ">: " + message, false);
        }
    }
}
