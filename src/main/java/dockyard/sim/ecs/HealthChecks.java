package dockyard.sim.ecs;

import dockyard.sim.docker.RunningContainer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Container health checks (DG task_definition_parameters, healthCheck; Docker HEALTHCHECK semantics): the first
 * check runs {@code interval} seconds after the container starts and then every {@code interval}; a success makes
 * the container HEALTHY; {@code retries} consecutive failures make it UNHEALTHY, except that failures inside
 * {@code startPeriod} do not count. The simulator judges a check from what the command probes: a command that
 * names a port (e.g. {@code curl -f http://localhost:8080/} or {@code localhost/} for port 80) succeeds when the
 * container listens on it; any other command succeeds while the process runs. Task health: UNHEALTHY if an
 * essential container is, HEALTHY if every essential container with a check is, else UNKNOWN. A standalone task
 * keeps running when unhealthy.
 */
final class HealthChecks {
    private static final Pattern PORT = Pattern.compile("(?:localhost|127\\.0\\.0\\.1|0\\.0\\.0\\.0)(?::(\\d{1,5}))?");
    private final Ecs ecs;

    HealthChecks(Ecs ecs) {
        this.ecs = ecs;
    }

    void start(Task t) {
        for (Task.Container c : t.containers) {
            if (c.def.healthCheck() != null) schedule(t, c, c.def.healthCheck().interval());
        }
    }

    private void schedule(Task t, Task.Container c, int afterSeconds) {
        ecs.world.kernel().schedule(afterSeconds * 1000L, () -> check(t, c));
    }

    private void check(Task t, Task.Container c) {
        if (!t.lastStatus.equals("RUNNING") || !(c.process instanceof RunningContainer rc) || !rc.running()) return;
        TaskDefinition.HealthCheck h = c.def.healthCheck();
        boolean ok = passes(h, rc);
        String before = c.healthStatus;
        if (ok) {
            c.failedChecks = 0;
            c.healthStatus = "HEALTHY";
        } else if (t.startedAt != null && (ecs.world.kernel().epochSeconds() - t.startedAt) >= h.startPeriod()) {
            if (++c.failedChecks >= h.retries()) c.healthStatus = "UNHEALTHY";
        }
        if (!before.equals(c.healthStatus)) {
            t.version++;
            ecs.world.timeline().record("ecs", "ContainerHealthChange", c.arn, "Container " + c.def.name() + " of task " + t.id
                    + " is " + c.healthStatus + ".");
        }
        schedule(t, c, h.interval());
    }

    private static boolean passes(TaskDefinition.HealthCheck h, RunningContainer rc) {
        String command = String.join(" ", h.command().subList(1, h.command().size()));
        Matcher m = PORT.matcher(command);
        if (!m.find()) return true;
        int port = m.group(1) == null ? 80 : Integer.parseInt(m.group(1));
        return rc.listeningPorts().contains(port);
    }

    /** The task's healthStatus from its essential containers. */
    static String taskHealth(Task t) {
        boolean anyChecked = false;
        for (Task.Container c : t.containers) {
            if (!c.def.essential() || c.def.healthCheck() == null) continue;
            anyChecked = true;
            if (c.healthStatus.equals("UNHEALTHY")) return "UNHEALTHY";
            if (!c.healthStatus.equals("HEALTHY")) return "UNKNOWN";
        }
        return anyChecked ? "HEALTHY" : "UNKNOWN";
    }
}
