package dockyard.shell.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dockyard.shell.Io;
import dockyard.sim.Caller;
import dockyard.sim.World;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.BiFunction;

/**
 * {@code aws <service> wait <waiter>}: polls an operation as botocore's waiter definitions say (delay and maximum
 * attempts from {@code botocore/data/<service>/<version>/waiters-2.json}), moving simulated time between polls.
 * Success prints nothing; a terminal state or running out of attempts exits 255 with the waiter's message.
 */
final class Waiters {
    /** What one poll says: null = success, "" = keep waiting, else the failure's description. */
    private record Waiter(String name, String operation, int delaySeconds, int maxAttempts,
                          BiFunction<JsonNode, String, String> verdict) {
    }

    private static final Map<String, Map<String, Waiter>> WAITERS = Map.of(
            "ecs", Map.of(
                    "tasks-running", new Waiter("TasksRunning", "describe-tasks", 6, 100, Waiters::tasksRunning),
                    "tasks-stopped", new Waiter("TasksStopped", "describe-tasks", 6, 100,
                            (out, err) -> err != null ? err : all(out, "tasks[].lastStatus", "STOPPED"))),
            "ec2", Map.of(
                    "instance-running", new Waiter("InstanceRunning", "describe-instances", 15, 40, Waiters::instanceRunning),
                    "instance-stopped", new Waiter("InstanceStopped", "describe-instances", 15, 40,
                            (out, err) -> err != null ? err : all(out, "Reservations[].Instances[].State.Name", "stopped")),
                    "instance-terminated", new Waiter("InstanceTerminated", "describe-instances", 15, 40,
                            (out, err) -> err != null ? err : all(out, "Reservations[].Instances[].State.Name", "terminated"))),
            "dynamodb", Map.of(
                    "table-exists", new Waiter("TableExists", "describe-table", 20, 25, (out, err) -> {
                        if (err != null) return err.equals("ResourceNotFoundException") ? "" : err;
                        return out.path("Table").path("TableStatus").asText().equals("ACTIVE") ? null : "";
                    }),
                    "table-not-exists", new Waiter("TableNotExists", "describe-table", 20, 25,
                            (out, err) -> "ResourceNotFoundException".equals(err) ? null : err != null ? err : "")));

    private final AwsCli cli;
    private final World world;
    private final AwsCli.Invocation inv;
    private final Io io;
    private final Optional<Caller> principal;
    private final LocalFiles files;

    Waiters(AwsCli cli, World world, AwsCli.Invocation inv, Io io, Optional<Caller> principal, LocalFiles files) {
        this.cli = cli;
        this.world = world;
        this.inv = inv;
        this.io = io;
        this.principal = principal;
        this.files = files;
    }

    static boolean supports(String service) {
        return WAITERS.containsKey(service);
    }

    int run(String service, List<String> args) throws CliError {
        Map<String, Waiter> waiters = WAITERS.get(service);
        if (args.isEmpty()) throw Usage.error("the following arguments are required: subcommand");
        Waiter w = waiters.get(args.get(0));
        if (w == null) throw Usage.invalidChoice("subcommand", args.get(0), new TreeSet<>(waiters.keySet()));
        Catalogue.Service svc = cli.catalogue().service(service);
        Catalogue.Operation op = svc.operations().get(w.operation());
        ObjectNode request = cli.prepare(op, args.subList(1, args.size()), world, files);
        Caller caller = AwsCli.caller(principal, inv.region());
        for (int attempt = 1; ; attempt++) {
            String verdict;
            try {
                verdict = w.verdict().apply(AwsCli.call(world, svc, op.apiName(), request, caller), null);
            } catch (CliError e) {
                String code = errorCode(e.getMessage());
                if (code == null) throw e;
                verdict = w.verdict().apply(null, code);
                if (verdict != null && verdict.equals(code)) throw e;
            }
            if (verdict == null) return 0;
            if (!verdict.isEmpty()) {
                io.err().write("\nWaiter " + w.name() + " failed: Waiter encountered a terminal failure state: " + verdict + "\n");
                return 255;
            }
            if (attempt >= w.maxAttempts() || !cli.canAdvanceTime()) {
                io.err().write("\nWaiter " + w.name() + " failed: Max attempts exceeded\n");
                return 255;
            }
            world.kernel().advance(w.delaySeconds() * 1000L);
        }
    }

    private static String errorCode(String message) {
        int open = message.indexOf("An error occurred (");
        if (open < 0) return null;
        int close = message.indexOf(')', open);
        return message.substring(open + 19, close);
    }

    private static String tasksRunning(JsonNode out, String err) {
        if (err != null) return err;
        for (JsonNode t : out.path("tasks")) {
            if (t.path("lastStatus").asText().equals("STOPPED")) return matched("tasks[].lastStatus", "STOPPED");
        }
        for (JsonNode f : out.path("failures")) {
            if (f.path("reason").asText().equals("MISSING")) return matched("failures[].reason", "MISSING");
        }
        return all(out, "tasks[].lastStatus", "RUNNING");
    }

    private static String instanceRunning(JsonNode out, String err) {
        if (err != null) return err.equals("InvalidInstanceID.NotFound") ? "" : err;
        for (String bad : List.of("shutting-down", "terminated", "stopping")) {
            for (String s : values(out, "Reservations[].Instances[].State.Name")) {
                if (s.equals(bad)) return matched("Reservations[].Instances[].State.Name", bad);
            }
        }
        return all(out, "Reservations[].Instances[].State.Name", "running");
    }

    private static String matched(String path, String value) {
        return "For expression \"" + path + "\" we matched expected path: \"" + value + "\" at least once";
    }

    /** Success when every value at {@code path} equals {@code expected} (and there is at least one). */
    private static String all(JsonNode out, String path, String expected) {
        List<String> vs = values(out, path);
        return !vs.isEmpty() && vs.stream().allMatch(expected::equals) ? null : "";
    }

    private static List<String> values(JsonNode out, String path) {
        List<String> vs = new ArrayList<>();
        switch (path) {
            case "tasks[].lastStatus" -> out.path("tasks").forEach(t -> vs.add(t.path("lastStatus").asText()));
            default -> out.path("Reservations").forEach(r -> r.path("Instances").forEach(i -> vs.add(i.path("State").path("Name").asText())));
        }
        return vs;
    }
}
