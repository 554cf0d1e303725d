package dockyard.shell.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dockyard.shell.Io;
import dockyard.sim.AwsException;
import dockyard.sim.Caller;
import dockyard.sim.World;
import io.burt.jmespath.Expression;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code aws}: the AWS CLI v2 over the simulated account. Parses the command line with the {@link Catalogue},
 * calls one engine operation as the caller, and prints the response as the CLI would. Exit codes are the
 * CLI's: 0, 252 (bad command line), 253 (no credentials), 254 (the service refused), 255 (anything else).
 */
public final class AwsCli {
    static final String VERSION = "aws-cli/2.27.0 Python/3.13.3 Linux/6.1.0 exe/x86_64.debian.12";
    private static final Set<String> GLOBAL_VALUE = Set.of("--region", "--output", "--query", "--profile", "--endpoint-url",
            "--color", "--cli-read-timeout", "--cli-connect-timeout", "--ca-bundle", "--cli-binary-format");
    private static final Set<String> GLOBAL_FLAG = Set.of("--no-cli-pager", "--debug", "--no-paginate", "--no-verify-ssl",
            "--no-sign-request", "--cli-auto-prompt", "--no-cli-auto-prompt");
    /** The commercial regions (AWS General Reference, "AWS service endpoints"); others have no endpoint. */
    static final Set<String> REGIONS = Set.of("us-east-1", "us-east-2", "us-west-1", "us-west-2", "af-south-1", "ap-east-1",
            "ap-south-1", "ap-south-2", "ap-southeast-1", "ap-southeast-2", "ap-southeast-3", "ap-southeast-4", "ap-southeast-5",
            "ap-southeast-7", "ap-northeast-1", "ap-northeast-2", "ap-northeast-3", "ca-central-1", "ca-west-1", "eu-central-1",
            "eu-central-2", "eu-west-1", "eu-west-2", "eu-west-3", "eu-south-1", "eu-south-2", "eu-north-1", "il-central-1",
            "me-south-1", "me-central-1", "mx-central-1", "sa-east-1");
    private static final Set<String> OUTPUTS = new TreeSet<>(List.of("json", "text", "table", "yaml"));

    private final Catalogue catalogue;
    private final boolean canAdvanceTime;
    /** Compiled {@code --query} expressions of this CLI, most recently used last (learners repeat their queries). */
    private final Map<String, Expression<JsonNode>> queries = new java.util.LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Expression<JsonNode>> eldest) {
            return size() > 64;
        }
    };

    /**
     * @param canAdvanceTime whether waiters may move simulated time (at the terminal); inside a container, which
     *                       runs within a kernel event, a waiter polls once
     */
    public AwsCli(Catalogue catalogue, boolean canAdvanceTime) {
        this.catalogue = catalogue;
        this.canAdvanceTime = canAdvanceTime;
    }

    boolean canAdvanceTime() {
        return canAdvanceTime;
    }

    /** The parsed global options and the rest of the command line. */
    record Invocation(List<String> words, String region, String output, String query) {
    }

    /**
     * Runs {@code aws …} ({@code io.args()} starts with {@code aws}). {@code principal} is who calls: the learner's
     * admin identity at the terminal, a role inside a container, or empty when no credentials are configured.
     */
    public int run(Io io, World world, Optional<Caller> principal, LocalFiles files) {
        try {
            Invocation inv = globals(io.args().subList(1, io.args().size()), io);
            return dispatch(inv, io, world, principal, files);
        } catch (CliError e) {
            io.err().write(e.getMessage());
            return e.exit();
        }
    }

    private Invocation globals(List<String> args, Io io) throws CliError {
        List<String> words = new ArrayList<>();
        String region = null;
        String output = null;
        String query = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            String name = a.contains("=") && a.startsWith("--") ? a.substring(0, a.indexOf('=')) : a;
            if (GLOBAL_VALUE.contains(name)) {
                String v;
                if (!name.equals(a)) {
                    v = a.substring(a.indexOf('=') + 1);
                } else {
                    if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) throw Usage.error("argument " + a + ": expected one argument");
                    v = args.get(++i);
                }
                switch (name) {
                    case "--region" -> region = v;
                    case "--output" -> {
                        if (!OUTPUTS.contains(v)) throw Usage.invalidChoice("--output", v, OUTPUTS);
                        output = v;
                    }
                    case "--query" -> query = v;
                    default -> {
                    }
                }
            } else if (GLOBAL_FLAG.contains(a)) {
                continue;
            } else {
                words.add(a);
            }
        }
        if (region == null) region = io.env("AWS_REGION", io.env("AWS_DEFAULT_REGION", Caller.DEFAULT_REGION));
        if (output == null) output = io.env("AWS_DEFAULT_OUTPUT", "json");
        if (!OUTPUTS.contains(output)) output = "json";
        return new Invocation(words, region, output, query);
    }

    private int dispatch(Invocation inv, Io io, World world, Optional<Caller> principal,
                         LocalFiles files) throws CliError {
        List<String> w = inv.words();
        if (w.isEmpty()) throw Usage.error("the following arguments are required: command");
        String svcName = w.get(0);
        if (svcName.equals("--version")) {
            io.println(VERSION);
            return 0;
        }
        Set<String> services = serviceNames(world);
        if (svcName.equals("help")) {
            io.out().write(Help.top(services));
            return 0;
        }
        if (!services.contains(svcName)) throw Usage.invalidChoice("command", svcName, services);
        Catalogue.Service svc = catalogue.service(svcName);
        Customisations custom = new Customisations(this, world, inv, io, principal, files);
        if (w.size() < 2) throw Usage.error("the following arguments are required: operation");
        String opName = w.get(1);
        Set<String> ops = operationNames(svcName, svc, world);
        if (opName.equals("help")) {
            io.out().write(Help.service(svcName, ops));
            return 0;
        }
        if (custom.handles(svcName, opName)) {
            return custom.run(svcName, opName, w.subList(2, w.size()));
        }
        if (svc == null || !ops.contains(opName)) throw Usage.invalidChoice("operation", opName, ops);
        Catalogue.Operation op = svc.operations().get(opName);
        if (w.size() > 2 && w.get(w.size() - 1).equals("help")) {
            io.out().write(Help.operation(svcName, op));
            return 0;
        }
        List<String> params = Customisations.rewrite(svcName, opName, w.subList(2, w.size()));
        ObjectNode request = prepare(op, params, world, files);
        JsonNode response = call(world, svc, op.apiName(), request, caller(principal, inv.region()));
        print(io, inv, svc, op.apiName(), response);
        return 0;
    }

    /** The request for an operation's parameters, idempotency tokens filled in as the CLI does. */
    ObjectNode prepare(Catalogue.Operation op, List<String> params, World world, LocalFiles files) throws CliError {
        ObjectNode request = new Params(op, files).build(params);
        for (Map.Entry<String, Shape.Member> p : op.params().entrySet()) {
            Shape.Member m = p.getValue();
            if (m.shape().type().equals("token") && !request.has(m.name())) request.put(m.name(), world.ids().uuid());
        }
        return request;
    }

    static Caller caller(Optional<Caller> principal, String region) throws CliError {
        Caller c = principal.orElseThrow(() -> new CliError(
                "\nUnable to locate credentials. You can configure credentials by running \"aws configure\".\n", 253));
        return c.inRegion(region);
    }

    /** Calls the engine; its refusals become the CLI's {@code An error occurred (Code) when calling the Op operation: …}. */
    static JsonNode call(World world, Catalogue.Service svc, String apiName, ObjectNode request, Caller caller) throws CliError {
        if (!svc.engineName().equals("iam") && !REGIONS.contains(caller.region())) {
            String prefix = switch (svc.engineName()) {
                case "ecr" -> "api.ecr";
                case "efs" -> "elasticfilesystem";
                default -> svc.engineName();
            };
            throw new CliError("\nCould not connect to the endpoint URL: \"https://" + prefix + "." + caller.region() + ".amazonaws.com/\"\n", 255);
        }
        try {
            return world.invoke(svc.engineName(), apiName, request, caller);
        } catch (AwsException e) {
            throw new CliError("\nAn error occurred (" + e.code() + ") when calling the " + apiName + " operation: " + e.getMessage() + "\n", 254);
        } catch (RuntimeException e) {
            throw new CliError("\nAn error occurred (InternalFailure) when calling the " + apiName
                    + " operation: The request processing has failed because of an unknown error, exception or failure.\n", 254);
        }
    }

    /** Prints a response with the invocation's {@code --query} and {@code --output}. */
    void print(Io io, Invocation inv, Catalogue.Service svc, String apiName, JsonNode response) throws CliError {
        JsonNode data = Output.timestamps(response.deepCopy(), svc == null ? Set.of() : svc.timestamps());
        if (inv.query() != null) {
            Expression<JsonNode> q = queries.get(inv.query());
            if (q == null) {
                q = Output.compile(inv.query());
                queries.put(inv.query(), q);
            }
            data = Output.query(q, data);
            if (data == null || data.isNull()) {
                if (inv.output().equals("json")) io.println("null");
                else if (inv.output().equals("text")) io.println("None");
                return;
            }
        }
        io.out().write(Output.format(data, inv.output(), apiName));
    }

    /** The CLI services the engine implements (or the shell itself, for the high-level {@code s3} and {@code sts}). */
    Set<String> serviceNames(World world) {
        Set<String> names = new TreeSet<>();
        for (Catalogue.Service s : catalogue.services().values()) {
            if (world.services().containsKey(s.engineName())) names.add(s.cliName());
        }
        if (world.services().containsKey("s3")) names.add("s3");
        names.add("sts");
        return names;
    }

    /** The operations of a service that the engine registers, plus the CLI's own customisations. */
    Set<String> operationNames(String cliName, Catalogue.Service svc, World world) {
        Set<String> names = new TreeSet<>(Customisations.extraOperations(cliName));
        if (svc != null && world.services().containsKey(svc.engineName())) {
            Set<String> engineOps = world.services().get(svc.engineName()).operations();
            for (Catalogue.Operation op : svc.operations().values()) {
                if (engineOps.contains(op.apiName())) names.add(op.cliName());
            }
        }
        return names;
    }

    Catalogue catalogue() {
        return catalogue;
    }
}
