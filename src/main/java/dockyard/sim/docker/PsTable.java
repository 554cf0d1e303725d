package dockyard.sim.docker;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code docker ps}: CONTAINER ID, IMAGE, COMMAND (quoted, cut to 20 characters), CREATED, STATUS, PORTS, NAMES. */
final class PsTable {
    private PsTable() {
    }

    static DockerResult ps(long now, List<LocalContainers.Entry> entries, boolean all) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("CONTAINER ID", "IMAGE", "COMMAND", "CREATED", "STATUS", "PORTS", "NAMES"));
        for (Map<String, String> r : rows(now, entries, all)) {
            rows.add(List.of(r.get("ID"), r.get("Image"), r.get("Command"), r.get("RunningFor"), r.get("Status"), r.get("Ports"), r.get("Names")));
        }
        return DockerResult.ok(Human.table(rows));
    }

    /**
     * The fields {@code docker ps --format} offers, newest container first: ID, Image, Command, CreatedAt,
     * RunningFor, Ports, State, Status, Size, Names, Labels, Mounts, Networks, LocalVolumes (all text, as Docker's
     * formatter prints them).
     */
    static List<Map<String, String>> rows(long now, List<LocalContainers.Entry> entries, boolean all) {
        List<Map<String, String>> out = new ArrayList<>();
        List<LocalContainers.Entry> list = new ArrayList<>(entries);
        java.util.Collections.reverse(list);
        for (LocalContainers.Entry e : list) {
            if (!all && !e.running()) continue;
            String cmd = String.join(" ", process(e));
            if (cmd.length() > 20) cmd = cmd.substring(0, 19) + "…";
            Map<String, String> r = new LinkedHashMap<>();
            r.put("ID", e.id.substring(0, 12));
            r.put("Image", e.imageAsGiven);
            r.put("Command", "\"" + cmd + "\"");
            r.put("CreatedAt", Human.goTime(e.created));
            r.put("RunningFor", Human.duration(now - e.created) + " ago");
            r.put("Ports", e.running() ? ports(e) : "");
            r.put("State", e.container == null || e.startFailed ? "created" : e.container.running() ? "running" : "exited");
            r.put("Status", status(e, now));
            r.put("Size", "0B");
            r.put("Names", e.name);
            List<String> labels = new ArrayList<>();
            new java.util.TreeMap<>(e.image.config().labels()).forEach((k, v) -> labels.add(k + "=" + v));
            r.put("Labels", String.join(",", labels));
            r.put("Mounts", "");
            r.put("Networks", "bridge");
            r.put("LocalVolumes", "0");
            out.add(r);
        }
        return out;
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
