package dockyard.sim.ecs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dockyard.sim.AwsException;
import dockyard.sim.Caller;
import dockyard.sim.Json;
import dockyard.sim.Limits;
import dockyard.sim.ec2.Ec2;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Validates a RunTask/StartTask request (DG RunTask API; messages as AWS returns them where known) and creates
 * the tasks, reserving CPU, memory, host ports (dynamic ones from 32768–61000) and ENIs on the chosen instance.
 */
final class TaskRequests {
    private final Ecs ecs;

    TaskRequests(Ecs ecs) {
        this.ecs = ecs;
    }

    /** A validated request. */
    record Request(TaskDefinition td, int count, String launchType, List<String> subnets, List<String> securityGroups,
                   List<Placement.Strategy> strategies, Placement.Need need, ObjectNode overrides, String group,
                   String startedBy, int cpu, int memory, String taskRole, String executionRole) {
    }

    private static AwsException invalid(String message) {
        return AwsException.client("InvalidParameterException", message);
    }

    Request parse(ObjectNode in, Cluster cluster, boolean run) {
        return parse(in, cluster, run, null);
    }

    /**
     * As {@link #parse(ObjectNode, Cluster, boolean)}; a non-admin {@code caller} also needs {@code iam:PassRole} on
     * the task and execution roles, for ecs-tasks.amazonaws.com (DG task-iam-roles, CWE_IAM_role).
     */
    Request parse(ObjectNode in, Cluster cluster, boolean run, Caller caller) {
        Request r = parseRequest(in, cluster, run);
        if (caller != null && !caller.unrestricted()) {
            for (String role : new String[]{r.taskRole(), r.executionRole()}) {
                if (role != null && !ecs.iam().allowed(caller, "iam:PassRole", role, java.util.Map.of("iam:PassedToService", "ecs-tasks.amazonaws.com"))) {
                    throw AwsException.client("AccessDeniedException", "User: " + caller.principalArn()
                            + " is not authorized to perform: iam:PassRole on resource: " + role
                            + " because no identity-based policy allows the iam:PassRole action");
                }
            }
        }
        return r;
    }

    private Request parseRequest(ObjectNode in, Cluster cluster, boolean run) {
        String region = cluster.region;
        TaskDefinition td = new TaskDefinitionOps(ecs).resolve(Json.text(in, "taskDefinition", ""), region, true);
        if (ecs.inactive.containsKey(td.arn())) throw AwsException.client("ClientException", "TaskDefinition is inactive");
        int count = run ? in.path("count").asInt(1) : 1;
        if (count < 1 || count > 10) throw invalid("count must be between 1 and 10.");
        if (in.has("capacityProviderStrategy")) throw invalid("Capacity provider strategies are not available in this sandbox yet; use launchType.");
        String launchType = Json.text(in, "launchType", "EC2");
        if (!launchType.equals("EC2") && !launchType.equals("FARGATE")) throw invalid("launchType must be EC2 or FARGATE.");
        boolean fargate = launchType.equals("FARGATE");
        if (fargate && !run) throw invalid("StartTask supports only the EC2 launch type.");
        if (fargate && !td.fargateCompatible()) throw invalid("Task definition does not support launch_type FARGATE.");
        if (fargate && in.path("placementStrategy").size() > 0) throw invalid("Placement strategies are not supported with FARGATE launch type.");
        if (fargate && in.path("placementConstraints").size() > 0) throw invalid("Placement constraints are not supported with FARGATE launch type.");
        if (!fargate && in.hasNonNull("platformVersion")) throw invalid("Platform version is only supported for the FARGATE launch type.");
        if (fargate) {
            String pv = Json.text(in, "platformVersion", "LATEST");
            if (!Set.of("LATEST", "1.4.0", "1.3.0").contains(pv)) throw invalid("The specified platform version does not exist.");
        }
        List<String> subnets = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        JsonNode vpc = in.path("networkConfiguration").path("awsvpcConfiguration");
        boolean awsvpc = td.networkMode().equals("awsvpc");
        if (awsvpc && vpc.isMissingNode()) throw invalid("Network Configuration must be provided when networkMode 'awsvpc' is specified.");
        if (!awsvpc && in.has("networkConfiguration")) throw invalid("Network Configuration is not valid for the given networkMode of this task definition.");
        Set<String> azs = null;
        if (awsvpc) {
            Ec2 ec2 = ecs.world.service(Ec2.class);
            vpc.path("subnets").forEach(s -> subnets.add(s.asText()));
            if (subnets.isEmpty()) throw invalid("subnets can not be empty.");
            if (subnets.size() > 16) throw invalid("subnets can have at most 16 items.");
            azs = new LinkedHashSet<>();
            for (String s : subnets) {
                String az = ec2.availabilityZoneOfSubnet(region, s).orElseThrow(() -> invalid("Error retrieving subnet information for ["
                        + s + "]: The subnet ID '" + s + "' does not exist (ErrorCode: InvalidSubnetID.NotFound)"));
                azs.add(az);
            }
            vpc.path("securityGroups").forEach(g -> groups.add(g.asText()));
            if (groups.size() > 5) throw invalid("securityGroups can have at most 5 items.");
            for (String g : groups) {
                if (!ec2.securityGroupExists(region, g)) {
                    throw invalid("Error retrieving security group information for [" + g + "]: The security group '" + g
                            + "' does not exist (ErrorCode: InvalidGroup.NotFound)");
                }
            }
            if (groups.isEmpty()) groups.add(ec2.defaultSecurityGroup(region));
            if (!fargate && "ENABLED".equals(vpc.path("assignPublicIp").asText())) {
                throw invalid("Assign public IP is not supported for this launch type.");
            }
        }
        ObjectNode overrides = in.has("overrides") && in.get("overrides").isObject() ? (ObjectNode) in.get("overrides").deepCopy() : Json.object();
        for (JsonNode o : overrides.path("containerOverrides")) {
            String name = o.path("name").asText("");
            if (td.containers().stream().noneMatch(c -> c.name().equals(name))) {
                throw invalid("Override for container named " + name + " is not a container in the TaskDefinition.");
            }
        }
        if (!overrides.has("containerOverrides")) overrides.putArray("containerOverrides");
        if (!overrides.has("inferenceAcceleratorOverrides")) overrides.putArray("inferenceAcceleratorOverrides");
        int cpu = overrides.hasNonNull("cpu") ? TaskDefinitionParser.cpuUnits(overrides.get("cpu").asText(), "Invalid 'cpu' override.") : td.cpuUnits();
        int memory = overrides.hasNonNull("memory") ? TaskDefinitionParser.mib(overrides.get("memory").asText(), "Invalid 'memory' override.") : td.memoryMiB();
        String taskRole = roleOverride(overrides, "taskRoleArn", td.taskRoleArn());
        String execRole = roleOverride(overrides, "executionRoleArn", td.executionRoleArn());
        String group = Json.text(in, "group", "family:" + td.family());
        String startedBy = Json.text(in, "startedBy", null);
        if (startedBy != null && startedBy.length() > 128) throw invalid("startedBy must be at most 128 characters.");
        List<Placement.Strategy> strategies = Placement.strategies(in.get("placementStrategy"));
        if (strategies.isEmpty() && !fargate) strategies = List.of(new Placement.Strategy("random", ""));
        List<ClusterQuery> memberOf = new ArrayList<>();
        boolean distinct = false;
        td.memberOf().forEach(e -> memberOf.add(ClusterQuery.parse(e)));
        for (JsonNode c : in.path("placementConstraints")) {
            switch (c.path("type").asText("")) {
                case "distinctInstance" -> distinct = true;
                case "memberOf" -> memberOf.add(ClusterQuery.parse(c.path("expression").asText("")));
                default -> throw invalid("Invalid placement constraint type '" + c.path("type").asText("") + "'. Valid types are distinctInstance and memberOf.");
            }
        }
        if (in.path("placementConstraints").size() > 10) throw invalid("The maximum number of placement constraints is 10.");
        List<TaskDefinition.PortMapping> staticPorts = new ArrayList<>();
        for (TaskDefinition.ContainerDef c : td.containers()) {
            for (TaskDefinition.PortMapping p : c.portMappings()) if (p.hostPort() != 0 && !awsvpc) staticPorts.add(p);
        }
        if (TaskOps.tooMany(ecs, count)) throw Limits.tooManyTasks();
        Placement.Need need = new Placement.Need(cpu, memory, staticPorts, awsvpc, azs, group, memberOf, distinct);
        return new Request(td, count, launchType, subnets, groups, strategies, need, overrides, group, startedBy, cpu, memory,
                taskRole, execRole);
    }

    private static String roleOverride(ObjectNode overrides, String member, String fallback) {
        String v = Json.text(overrides, member, null);
        if (v == null) return fallback;
        return v.startsWith("arn:") ? v : "arn:aws:iam::" + Caller.ACCOUNT + ":role/" + v;
    }

    Task create(Request r, Cluster cluster, ContainerInstance ci, String subnet) {
        String id = ecs.world.ids().taskId();
        String arn = "arn:aws:ecs:" + cluster.region + ":" + Caller.ACCOUNT + ":task/" + cluster.name + "/" + id;
        Task t = new Task(arn, id, cluster, r.td(), r.launchType(), ci, r.group(), r.startedBy(), r.overrides(), r.cpu(), r.memory(),
                r.taskRole(), r.executionRole(), ecs.world.kernel().epochSeconds());
        for (TaskDefinition.ContainerDef d : r.td().containers()) {
            t.containers.add(new Task.Container(d, "arn:aws:ecs:" + cluster.region + ":" + Caller.ACCOUNT + ":container/"
                    + cluster.name + "/" + id + "/" + ecs.world.ids().uuid()));
        }
        t.subnetId = subnet;
        t.availabilityZone = ci != null ? ci.availabilityZone
                : ecs.world.service(Ec2.class).availabilityZoneOfSubnet(cluster.region, subnet).orElse(null);
        if (t.awsvpc()) t.attachmentId = ecs.world.ids().uuid();
        t.lastStatus = t.awsvpc() ? "PROVISIONING" : "PENDING";
        if (ci != null) reserve(t, ci);
        else ecs.fargateAzCounts.computeIfAbsent(cluster.arn + "|" + t.group, k -> new java.util.HashMap<>()).merge(t.availabilityZone, 1, Integer::sum);
        ecs.tasks.put(arn, t);
        ecs.world.timeline().record("ecs", "TaskStateChange", arn, "Task " + id + " (" + r.td().familyRevision() + ") is "
                + t.lastStatus + (ci != null ? " on " + ci.ec2InstanceId : " on Fargate in " + t.availabilityZone) + ".");
        if (ecs.world.kernel().hasSubscribers(TaskStateChange.class)) ecs.world.kernel().publish(new TaskStateChange(arn, cluster.arn, t.lastStatus, t.desiredStatus, EcsJson.task(t)));
        return t;
    }

    private void reserve(Task t, ContainerInstance ci) {
        t.resourcesHeld = true;
        ci.remainingCpu -= t.cpu;
        ci.remainingMemory -= t.memory;
        if (t.awsvpc()) ci.usedEnis++;
        ci.groupCounts.merge(t.group, 1, Integer::sum);
        ci.pendingTasksCount++;
        for (Task.Container c : t.containers) {
            for (TaskDefinition.PortMapping p : c.def.portMappings()) {
                if (t.awsvpc()) continue;
                int host = p.hostPort();
                if (host == 0) {
                    host = 32768;
                    while (host <= 61000 && !ci.portFree(host, p.protocol())) host++;
                }
                ci.takePort(host, p.protocol());
                c.bindings.add(new int[]{p.containerPort(), host, p.protocol().equals("udp") ? 1 : 0});
            }
        }
    }
}
