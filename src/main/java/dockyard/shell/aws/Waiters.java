package dockyard.shell.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dockyard.shell.Io;
import dockyard.sim.Caller;
import dockyard.sim.World;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code aws ecs wait tasks-running|tasks-stopped}: polls DescribeTasks as botocore's ECS waiters do (every 6
 * simulated seconds, at most 100 attempts), moving simulated time between polls. Success prints nothing; a
 * terminal state or running out of attempts exits 255 with the waiter's message.
 */
final class Waiters {
    private record Waiter(String name, String operation, int delaySeconds, int maxAttempts) {
    }

    // botocore/data/ecs/2014-11-13/waiters-2.json
    private static final Map<String, Waiter> ECS = Map.of(
            "tasks-running", new Waiter("TasksRunning", "describe-tasks", 6, 100),
            "tasks-stopped", new Waiter("TasksStopped", "describe-tasks", 6, 100));

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

    int run(List<String> args) throws CliError {
        if (args.isEmpty()) throw Usage.error("the following arguments are required: subcommand");
        Waiter w = ECS.get(args.get(0));
        if (w == null) throw Usage.invalidChoice("subcommand", args.get(0), new java.util.TreeSet<>(ECS.keySet()));
        Catalogue.Service svc = cli.catalogue().service("ecs");
        Catalogue.Operation op = svc.operations().get(w.operation());
        ObjectNode request = cli.prepare(op, args.subList(1, args.size()), world, files);
        Caller caller = AwsCli.caller(principal, inv.region());
        for (int attempt = 1; ; attempt++) {
            JsonNode out = AwsCli.call(world, svc, op.apiName(), request, caller);
            String verdict = verdict(w, out);
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

    /** null = success, "" = keep waiting, otherwise the failure description. */
    private static String verdict(Waiter w, JsonNode out) {
        JsonNode tasks = out.path("tasks");
        for (JsonNode f : out.path("failures")) {
            if (f.path("reason").asText().equals("MISSING")) {
                return "For expression \"failures[].reason\" we matched expected path: \"MISSING\" at least once";
            }
        }
        if (w.name().equals("TasksRunning")) {
            for (JsonNode t : tasks) {
                if (t.path("lastStatus").asText().equals("STOPPED")) {
                    return "For expression \"tasks[].lastStatus\" we matched expected path: \"STOPPED\" at least once";
                }
            }
            return allHave(tasks, "RUNNING") ? null : "";
        }
        return allHave(tasks, "STOPPED") ? null : "";
    }

    private static boolean allHave(JsonNode tasks, String status) {
        if (tasks.isEmpty()) return false;
        for (JsonNode t : tasks) if (!t.path("lastStatus").asText().equals(status)) return false;
        return true;
    }
}
