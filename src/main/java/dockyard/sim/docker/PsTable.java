package dockyard.sim.docker;

import java.util.ArrayList;
import java.util.List;

/** {@code docker ps}: CONTAINER ID, IMAGE, COMMAND (quoted, cut to 20 characters), CREATED, STATUS, PORTS, NAMES. */
final class PsTable {
    private PsTable() {
    }

    static DockerResult ps(long now, List<LocalContainers.Entry> entries, boolean all) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("CONTAINER ID", "IMAGE", "COMMAND", "CREATED", "STATUS", "PORTS", "NAMES"));
        List<LocalContainers.Entry> list = new ArrayList<>(entries);
        java.util.Collections.reverse(list);
        for (LocalContainers.Entry e : list) {
            if (!all && !e.running()) continue;
            String cmd = String.join(" ", process(e));
            if (cmd.length() > 20) cmd = cmd.substring(0, 19) + "…";
            rows.add(List.of(e.id.substring(0, 12), e.imageAsGiven, "\"" + cmd + "\"",
                    Human.duration(now - e.created) + " ago", status(e, now), e.running() ? ports(e) : "", e.name));
        }
        return DockerResult.ok(Human.table(rows));
    }

    private static List<String> process(LocalContainers.Entry e) {
        return e.container != null ? e.container.spec().process() : e.image.config().process();
    }

    private static String status(LocalContainers.Entry e, long now) {
        if (e.container == null || e.startFailed) return "Created";
        if (e.container.running()) return "Up " + Human.duration(now - e.container.startedAt());
        return "Exited (" + e.container.exitCode() + ") " + Human.duration(now - e.container.finishedAt()) + " ago";
    }

    private static String ports(LocalContainers.Entry e) {
        List<String> parts = new ArrayList<>();
        for (int[] p : e.ports) {
            parts.add("0.0.0.0:" + p[0] + "->" + p[1] + "/tcp");
            parts.add("[::]:" + p[0] + "->" + p[1] + "/tcp");
        }
        for (String exposed : e.image.config().exposedPorts()) {
            int port = Builtins.parseInt(exposed.replaceAll("/.*", ""), -1);
            if (e.ports.stream().noneMatch(p -> p[1] == port)) parts.add(exposed);
        }
        return String.join(", ", parts);
    }
}
