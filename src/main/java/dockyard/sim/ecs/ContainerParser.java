package dockyard.sim.ecs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dockyard.sim.Json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static dockyard.sim.ecs.TaskDefinitionParser.fail;

/** One container definition's validation and its normalised JSON (split from {@link TaskDefinitionParser}). */
final class ContainerParser {
    private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9_-]{1,255}");

    private ContainerParser() {
    }

    static TaskDefinition.ContainerDef parse(ObjectNode d, String mode, Integer taskMemory, Integer taskCpu, boolean fargate,
                                             Map<String, TaskDefinition.Volume> volumes) {
        String name = Json.text(d, "name", "");
        if (name.isEmpty()) throw fail("Container.name should not be null or empty.");
        if (!NAME.matcher(name).matches()) {
            throw fail("Container name '" + name + "' is invalid: use 1-255 letters, numbers, hyphens and underscores.");
        }
        String image = Json.text(d, "image", "");
        if (image.isEmpty()) throw fail("Container.image should not be null or empty.");
        int cpu = d.path("cpu").asInt(0);
        Integer memory = d.hasNonNull("memory") ? d.get("memory").asInt() : null;
        Integer reservation = d.hasNonNull("memoryReservation") ? d.get("memoryReservation").asInt() : null;
        if (taskMemory == null && memory == null && reservation == null) {
            throw fail("Invalid setting for container '" + name + "'. At least one of 'memory' or 'memoryReservation' must be specified.");
        }
        if (memory != null && memory < 6) throw fail("Invalid 'memory' setting for container '" + name + "'. The minimum is 6 MiB.");
        if (memory != null && reservation != null && reservation >= memory) {
            throw fail("Invalid setting for container '" + name + "'. 'memory' must be greater than 'memoryReservation'.");
        }
        if (taskMemory != null && memory != null && memory > taskMemory) {
            throw fail("The 'memory' setting for container is greater than for the task.");
        }
        if (taskCpu != null && cpu > taskCpu) throw fail("The 'cpu' setting for container is greater than for the task.");
        List<TaskDefinition.PortMapping> ports = new ArrayList<>();
        for (JsonNode p : d.path("portMappings")) {
            if (mode.equals("none")) throw fail("Port mappings are not valid when networkMode is 'none'.");
            if (!p.hasNonNull("containerPort")) throw fail("Invalid port mapping in container '" + name + "': containerPort must be specified.");
            int cp = p.get("containerPort").asInt(-1);
            int hp = p.path("hostPort").asInt(0);
            String protocol = p.path("protocol").asText("tcp");
            if (cp < 1 || cp > 65535 || hp < 0 || hp > 65535) throw fail("Invalid port mapping in container '" + name + "': ports must be between 1 and 65535.");
            if (!protocol.equals("tcp") && !protocol.equals("udp")) throw fail("Invalid protocol '" + protocol + "' in container '" + name + "': use tcp or udp.");
            if ((mode.equals("awsvpc") || mode.equals("host")) && hp != 0 && hp != cp) {
                throw fail("When networkMode=" + mode + ", the host ports and container ports in port mappings must match.");
            }
            ports.add(new TaskDefinition.PortMapping(cp, mode.equals("bridge") ? hp : cp, protocol));
        }
        Map<String, String> env = new LinkedHashMap<>();
        for (JsonNode e : d.path("environment")) env.put(e.path("name").asText(), e.path("value").asText(""));
        List<TaskDefinition.Secret> secrets = new ArrayList<>();
        for (JsonNode s : d.path("secrets")) {
            String n = s.path("name").asText(""), from = s.path("valueFrom").asText("");
            if (n.isEmpty() || from.isEmpty()) throw fail("Each secret in container '" + name + "' needs both 'name' and 'valueFrom'.");
            secrets.add(new TaskDefinition.Secret(n, from));
        }
        String driver = null;
        Map<String, String> logOptions = new LinkedHashMap<>();
        if (d.has("logConfiguration")) {
            driver = d.path("logConfiguration").path("logDriver").asText("");
            if (!java.util.Set.of("json-file", "syslog", "journald", "gelf", "fluentd", "awslogs", "splunk", "awsfirelens").contains(driver)) {
                throw fail("Invalid logDriver '" + driver + "' for container '" + name + "'.");
            }
            d.path("logConfiguration").path("options").fields().forEachRemaining(o -> logOptions.put(o.getKey(), o.getValue().asText()));
        }
        List<TaskDefinition.MountPoint> mounts = new ArrayList<>();
        for (JsonNode m : d.path("mountPoints")) {
            String src = m.path("sourceVolume").asText("");
            if (!volumes.containsKey(src)) throw fail("Invalid 'mountPoints' setting for container '" + name + "'. Unknown volume '" + src + "'.");
            String path = m.path("containerPath").asText("");
            if (!path.startsWith("/")) throw fail("Invalid 'mountPoints' setting for container '" + name + "'. containerPath must be an absolute path.");
            mounts.add(new TaskDefinition.MountPoint(src, path, m.path("readOnly").asBoolean(false)));
        }
        Integer stopTimeout = d.hasNonNull("stopTimeout") ? d.get("stopTimeout").asInt() : null;
        if (fargate && stopTimeout != null && (stopTimeout < 2 || stopTimeout > 120)) {
            throw fail("Invalid 'stopTimeout' setting for container '" + name + "'. On Fargate it must be between 2 and 120 seconds.");
        }
        return new TaskDefinition.ContainerDef(name, image, cpu, memory, reservation, d.path("essential").asBoolean(true),
                List.copyOf(ports), strings(d.get("entryPoint")), strings(d.get("command")), env, List.copyOf(secrets),
                driver, logOptions, List.copyOf(mounts), stopTimeout, Json.text(d, "workingDirectory", null),
                healthCheck(d.get("healthCheck"), name));
    }

    /** Ranges and defaults: interval 5–300 (30), timeout 2–60 (5), retries 1–10 (3), startPeriod 0–300 (0). */
    private static TaskDefinition.HealthCheck healthCheck(JsonNode h, String container) {
        if (h == null || h.isNull()) return null;
        List<String> command = strings(h.get("command"));
        if (command == null || command.isEmpty() || !(command.get(0).equals("CMD") || command.get(0).equals("CMD-SHELL"))) {
            throw fail("Invalid 'healthCheck' setting for container '" + container + "'. The command must start with CMD or CMD-SHELL.");
        }
        int interval = range(h, "interval", 30, 5, 300, container);
        int timeout = range(h, "timeout", 5, 2, 60, container);
        int retries = range(h, "retries", 3, 1, 10, container);
        int startPeriod = range(h, "startPeriod", 0, 0, 300, container);
        return new TaskDefinition.HealthCheck(List.copyOf(command), interval, timeout, retries, startPeriod);
    }

    private static int range(JsonNode h, String member, int fallback, int min, int max, String container) {
        int v = h.path(member).asInt(fallback);
        if (v < min || v > max) {
            throw fail("Invalid 'healthCheck." + member + "' setting for container '" + container + "'. It must be between "
                    + min + " and " + max + ".");
        }
        return v;
    }

    private static List<String> strings(JsonNode n) {
        if (n == null || !n.isArray()) return null;
        List<String> out = new ArrayList<>();
        n.forEach(x -> out.add(x.asText()));
        return out;
    }

    /** The container as DescribeTaskDefinition shows it: defaults filled in, host ports resolved. */
    static ObjectNode json(ObjectNode input, TaskDefinition.ContainerDef c, String mode) {
        ObjectNode o = input.deepCopy();
        o.put("cpu", c.cpu());
        ArrayNode ports = o.putArray("portMappings");
        for (TaskDefinition.PortMapping p : c.portMappings()) {
            ports.addObject().put("containerPort", p.containerPort()).put("hostPort", p.hostPort()).put("protocol", p.protocol());
        }
        o.put("essential", c.essential());
        if (!o.has("environment")) o.putArray("environment");
        if (!o.has("mountPoints")) o.putArray("mountPoints");
        if (!o.has("volumesFrom")) o.putArray("volumesFrom");
        if (!o.has("systemControls")) o.putArray("systemControls");
        return o;
    }
}
