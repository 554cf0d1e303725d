package dockyard.sim.ecs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dockyard.sim.AwsException;
import dockyard.sim.Caller;
import dockyard.sim.Json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * RegisterTaskDefinition's validation and normalisation (DG task_definition_parameters, task-cpu-memory-error,
 * efs-volumes, fargate-task-storage). Messages are AWS's where AWS or the reference documents them; the others
 * say plainly what is wrong. Nothing is stored unless everything is valid.
 */
final class TaskDefinitionParser {
    private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9_-]{1,255}");
    private static final Pattern ECR = Pattern.compile("^\\d{12}\\.dkr\\.ecr\\.[a-z0-9-]+\\.amazonaws\\.com/.*");
    private static final Pattern ROLE = Pattern.compile("arn:aws:iam::\\d{12}:role/.+");
    private static final Set<String> MODES = Set.of("bridge", "host", "awsvpc", "none");
    private static final Set<String> LOG_DRIVERS = Set.of("json-file", "syslog", "journald", "gelf", "fluentd", "awslogs",
            "splunk", "awsfirelens");

    private TaskDefinitionParser() {
    }

    /** RegisterTaskDefinition reports invalid input as ClientException. */
    static AwsException fail(String message) {
        return AwsException.client("ClientException", message);
    }

    static TaskDefinition parse(ObjectNode in, String region, int revision, double now) {
        String family = Json.text(in, "family", "");
        if (family.isEmpty()) throw fail("Family must not be null or empty.");
        if (!NAME.matcher(family).matches()) {
            throw fail("Family name must be 1-255 characters: letters (upper and lower case), numbers, hyphens and underscores.");
        }
        Set<String> compat = new LinkedHashSet<>();
        in.path("requiresCompatibilities").forEach(c -> compat.add(c.asText()));
        for (String c : compat) {
            if (!Set.of("EC2", "FARGATE", "EXTERNAL").contains(c)) throw fail("Invalid requiresCompatibilities value '" + c + "'. Valid values are EC2, FARGATE and EXTERNAL.");
        }
        boolean fargate = compat.contains("FARGATE");
        String mode = Json.text(in, "networkMode", "bridge");
        if (!MODES.contains(mode)) throw fail("Invalid networkMode '" + mode + "'. Valid values are bridge, host, awsvpc and none.");
        if (fargate && !mode.equals("awsvpc")) throw fail("Fargate only supports network mode 'awsvpc'.");
        Integer cpu = in.hasNonNull("cpu") ? cpuUnits(in.get("cpu").asText(), "Invalid 'cpu' setting for task.") : null;
        Integer memory = in.hasNonNull("memory") ? mib(in.get("memory").asText(), "Invalid 'memory' setting for task.") : null;
        if (fargate) {
            if (cpu == null) throw fail("Fargate requires that 'cpu' be defined at the task level.");
            if (memory == null) throw fail("Fargate requires that 'memory' be defined at the task level.");
            if (!FargateSizes.valid(cpu, memory)) throw fail("No Fargate configuration exists for given values.");
        } else if (cpu != null && (cpu < 128 || cpu > 196608)) {
            throw fail("Invalid 'cpu' setting for task. The value must be between 128 and 196608 CPU units.");
        }
        String taskRole = role(in, "taskRoleArn");
        String execRole = role(in, "executionRoleArn");
        Map<String, TaskDefinition.Volume> volumes = volumes(in, fargate);
        JsonNode defs = in.get("containerDefinitions");
        if (defs == null || !defs.isArray() || defs.isEmpty()) throw fail("Container list cannot be empty.");
        List<TaskDefinition.ContainerDef> containers = new ArrayList<>();
        ArrayNode normalised = Json.array();
        Set<String> names = new LinkedHashSet<>();
        for (JsonNode d : defs) {
            if (!d.isObject()) throw fail("Container definitions must be objects.");
            TaskDefinition.ContainerDef c = ContainerParser.parse((ObjectNode) d, mode, memory, cpu, fargate, volumes);
            if (!names.add(c.name())) throw fail("Container names must be unique within a task definition: '" + c.name() + "' appears twice.");
            if (fargate && execRole == null && ECR.matcher(c.image()).matches()) {
                throw fail("Fargate requires task definition to have execution role ARN to support ECR images.");
            }
            if (fargate && execRole == null && "awslogs".equals(c.logDriver())) {
                throw fail("Fargate requires task definition to have execution role ARN to support log driver awslogs.");
            }
            if (fargate && c.logDriver() != null && !Set.of("awslogs", "splunk", "awsfirelens").contains(c.logDriver())) {
                throw fail("Log driver " + c.logDriver() + " is not supported on Fargate. Use awslogs, splunk or awsfirelens.");
            }
            containers.add(c);
            normalised.add(ContainerParser.json((ObjectNode) d, c, mode));
        }
        if (containers.stream().noneMatch(TaskDefinition.ContainerDef::essential)) {
            throw fail("A task definition must have at least one essential container.");
        }
        Integer ephemeral = null;
        if (in.has("ephemeralStorage")) {
            ephemeral = in.path("ephemeralStorage").path("sizeInGiB").asInt(-1);
            if (ephemeral < 21 || ephemeral > 200) {
                throw fail("Invalid 'ephemeralStorage.sizeInGiB' setting. The value must be between 21 and 200 GiB.");
            }
        }
        List<String> memberOf = new ArrayList<>();
        for (JsonNode pc : in.path("placementConstraints")) {
            if (!"memberOf".equals(pc.path("type").asText())) {
                throw fail("Task definition placement constraints support only the memberOf type.");
            }
            memberOf.add(ClusterQuery.parse(pc.path("expression").asText()).text());
        }
        boolean needsExecRole = containers.stream().anyMatch(c -> ECR.matcher(c.image()).matches() || "awslogs".equals(c.logDriver()));
        boolean fargateOk = mode.equals("awsvpc") && cpu != null && memory != null && FargateSizes.valid(cpu, memory)
                && (execRole != null || !needsExecRole)
                && containers.stream().allMatch(c -> c.logDriver() == null || Set.of("awslogs", "splunk", "awsfirelens").contains(c.logDriver()))
                && volumes.values().stream().allMatch(v -> v.efs() != null || !in.toString().contains("sourcePath"));
        String arn = "arn:aws:ecs:" + region + ":" + Caller.ACCOUNT + ":task-definition/" + family + ":" + revision;
        ObjectNode json = Json.object();
        json.put("taskDefinitionArn", arn);
        json.set("containerDefinitions", normalised);
        json.put("family", family);
        if (taskRole != null) json.put("taskRoleArn", taskRole);
        if (execRole != null) json.put("executionRoleArn", execRole);
        json.put("networkMode", mode).put("revision", revision);
        json.set("volumes", in.has("volumes") ? in.get("volumes").deepCopy() : Json.array());
        json.put("status", "ACTIVE");
        json.set("requiresAttributes", requiresAttributes(containers, mode, taskRole, execRole));
        json.set("placementConstraints", in.has("placementConstraints") ? in.get("placementConstraints").deepCopy() : Json.array());
        ArrayNode compatibilities = json.putArray("compatibilities");
        compatibilities.add("EC2");
        if (fargateOk) compatibilities.add("FARGATE");
        if (!compat.isEmpty()) {
            ArrayNode rc = json.putArray("requiresCompatibilities");
            compat.forEach(rc::add);
        }
        if (cpu != null) json.put("cpu", String.valueOf(cpu));
        if (memory != null) json.put("memory", String.valueOf(memory));
        if (in.has("runtimePlatform")) json.set("runtimePlatform", in.get("runtimePlatform").deepCopy());
        if (ephemeral != null) json.putObject("ephemeralStorage").put("sizeInGiB", ephemeral);
        for (String passThrough : List.of("pidMode", "ipcMode", "proxyConfiguration")) {
            if (in.has(passThrough)) json.set(passThrough, in.get(passThrough).deepCopy());
        }
        json.put("registeredAt", now).put("registeredBy", "arn:aws:iam::" + Caller.ACCOUNT + ":user/learner");
        return new TaskDefinition(arn, family, revision, region, mode, cpu, memory, List.copyOf(containers), taskRole,
                execRole, fargateOk, List.copyOf(memberOf), volumes, ephemeral, json);
    }

    private static String role(ObjectNode in, String member) {
        String v = Json.text(in, member, null);
        if (v == null || v.isEmpty()) return null;
        if (!v.startsWith("arn:")) v = "arn:aws:iam::" + Caller.ACCOUNT + ":role/" + v;
        if (!ROLE.matcher(v).matches()) throw fail("Role is not valid");
        return v;
    }

    private static Map<String, TaskDefinition.Volume> volumes(ObjectNode in, boolean fargate) {
        Map<String, TaskDefinition.Volume> out = new LinkedHashMap<>();
        for (JsonNode v : in.path("volumes")) {
            String name = v.path("name").asText("");
            if (!NAME.matcher(name).matches()) throw fail("Volume names must be 1-255 letters, numbers, hyphens and underscores.");
            if (out.containsKey(name)) throw fail("Volume names must be unique: '" + name + "' appears twice.");
            if (fargate && v.has("dockerVolumeConfiguration")) {
                throw fail("Fargate does not support Docker volumes (dockerVolumeConfiguration) in volume '" + name + "'.");
            }
            if (fargate && v.path("host").has("sourcePath")) {
                throw fail("Fargate does not support host.sourcePath in volume '" + name + "'; omit host to use task storage.");
            }
            TaskDefinition.Efs efs = null;
            if (v.has("efsVolumeConfiguration")) {
                JsonNode e = v.get("efsVolumeConfiguration");
                String fs = e.path("fileSystemId").asText("");
                if (fs.isEmpty()) throw fail("efsVolumeConfiguration.fileSystemId must be specified for volume '" + name + "'.");
                String root = e.path("rootDirectory").asText("/");
                String ap = e.path("authorizationConfig").path("accessPointId").asText(null);
                boolean tls = "ENABLED".equals(e.path("transitEncryption").asText("DISABLED"));
                boolean iam = "ENABLED".equals(e.path("authorizationConfig").path("iam").asText("DISABLED"));
                if (ap != null && !(root.isEmpty() || root.equals("/"))) {
                    throw fail("When an access point is specified, the rootDirectory of volume '" + name + "' must be omitted or set to '/'.");
                }
                if ((ap != null || iam) && !tls) {
                    throw fail("Transit encryption must be ENABLED for volume '" + name + "' when an access point or IAM authorization is used.");
                }
                efs = new TaskDefinition.Efs(fs, root, ap, tls, iam);
            }
            out.put(name, new TaskDefinition.Volume(name, efs));
        }
        return out;
    }

    private static ArrayNode requiresAttributes(List<TaskDefinition.ContainerDef> cs, String mode, String taskRole, String execRole) {
        Set<String> attrs = new LinkedHashSet<>();
        attrs.add("com.amazonaws.ecs.capability.docker-remote-api.1.18");
        if (cs.stream().anyMatch(c -> "awslogs".equals(c.logDriver()))) {
            attrs.add("com.amazonaws.ecs.capability.logging-driver.awslogs");
            if (execRole != null) attrs.add("ecs.capability.execution-role-awslogs");
        }
        if (cs.stream().anyMatch(c -> ECR.matcher(c.image()).matches())) {
            attrs.add("com.amazonaws.ecs.capability.ecr-auth");
            if (execRole != null) attrs.add("ecs.capability.execution-role-ecr-pull");
        }
        if (taskRole != null) attrs.add("com.amazonaws.ecs.capability.task-iam-role");
        if (mode.equals("awsvpc")) attrs.add("ecs.capability.task-eni");
        if (cs.stream().anyMatch(c -> c.secrets().stream().anyMatch(s -> s.valueFrom().contains(":secretsmanager:")))) {
            attrs.add("ecs.capability.secrets.asm.environment-variables");
        }
        if (cs.stream().anyMatch(c -> c.secrets().stream().anyMatch(s -> !s.valueFrom().contains(":secretsmanager:")))) {
            attrs.add("ecs.capability.secrets.ssm.environment-variables");
        }
        ArrayNode out = Json.array();
        attrs.forEach(a -> out.addObject().put("name", a));
        return out;
    }

    /** "1 vCPU", "0.25 vcpu", "1024" → CPU units. */
    static int cpuUnits(String text, String error) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        Matcher m = Pattern.compile("([0-9]*\\.?[0-9]+)\\s*vcpu").matcher(t);
        try {
            if (m.matches()) return (int) Math.round(Double.parseDouble(m.group(1)) * 1024);
            return Integer.parseInt(t);
        } catch (NumberFormatException e) {
            throw fail(error);
        }
    }

    /** "2GB", "0.5 GB", "512" → MiB (ECS reads GB as GiB). */
    static int mib(String text, String error) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        Matcher m = Pattern.compile("([0-9]*\\.?[0-9]+)\\s*gb").matcher(t);
        try {
            if (m.matches()) return (int) Math.round(Double.parseDouble(m.group(1)) * 1024);
            return Integer.parseInt(t);
        } catch (NumberFormatException e) {
            throw fail(error);
        }
    }
}
