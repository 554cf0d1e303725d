package dockyard.sim.ecs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dockyard.sim.AwsException;
import dockyard.sim.AwsService;
import dockyard.sim.Caller;
import dockyard.sim.Json;
import dockyard.sim.World;
import dockyard.sim.iam.Iam;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Amazon ECS: clusters, container instances registered by the agent on ECS-optimized EC2 instances, task
 * definitions with AWS's validation, and tasks (RunTask/StartTask/StopTask) placed in AWS's order and moved
 * through the documented lifecycle in simulated time. camelCase JSON members; timestamps in epoch seconds.
 * Services are not part of this class's scope.
 */
public final class Ecs implements AwsService {
    private static final Set<String> OPERATIONS = Set.of("CreateCluster", "DescribeClusters", "ListClusters",
            "DeleteCluster", "ListContainerInstances", "DescribeContainerInstances", "UpdateContainerInstancesState",
            "DeregisterContainerInstance", "PutAttributes", "ListAttributes", "RegisterTaskDefinition", "DescribeTaskDefinition",
            "ListTaskDefinitions", "ListTaskDefinitionFamilies", "DeregisterTaskDefinition", "RunTask", "StartTask",
            "StopTask", "DescribeTasks", "ListTasks");

    final World world;
    final Map<String, Cluster> clusters = new LinkedHashMap<>();
    final Map<String, ContainerInstance> instances = new LinkedHashMap<>();
    final Map<String, ContainerInstance> byEc2Instance = new LinkedHashMap<>();
    final Map<String, TreeMap<Integer, TaskDefinition>> families = new TreeMap<>();
    final Map<String, String> inactive = new LinkedHashMap<>();
    final Map<String, Task> tasks = new LinkedHashMap<>();
    /** Active Fargate tasks per "clusterArn|group" per AZ, for spreading across AZs. */
    final Map<String, Map<String, Integer>> fargateAzCounts = new java.util.HashMap<>();
    final Agent agent;
    final TaskLifecycle lifecycle;
    private final ContainerInstanceOps instanceOps;
    private final TaskDefinitionOps taskDefinitionOps;
    private final TaskOps taskOps;

    public Ecs(World world) {
        this.world = world;
        this.lifecycle = new TaskLifecycle(this);
        this.agent = new Agent(this);
        this.instanceOps = new ContainerInstanceOps(this);
        this.taskDefinitionOps = new TaskDefinitionOps(this);
        this.taskOps = new TaskOps(this);
    }

    @Override
    public String name() { return "ecs"; }

    @Override
    public Set<String> operations() { return OPERATIONS; }

    Iam iam() {
        return world.service(Iam.class);
    }

    // ---- typed API (for the timeline view, services in part 2, and tests) -------------------------------

    /** The ARNs of the cluster's tasks that are not yet STOPPED, oldest first. */
    public java.util.List<String> activeTaskArns(String region, String cluster) {
        Cluster c = clusters.get(clusterArn(region, cluster));
        if (c == null) return java.util.List.of();
        return tasks.values().stream().filter(t -> t.cluster == c && t.active()).map(t -> t.arn).toList();
    }

    // ---- clusters -------------------------------------------------------------------------------------

    static String clusterArn(String region, String nameOrArn) {
        if (nameOrArn.startsWith("arn:")) return nameOrArn;
        return "arn:aws:ecs:" + region + ":" + Caller.ACCOUNT + ":cluster/" + nameOrArn;
    }

    /** The ACTIVE cluster named (or ARN'd) in {@code member}, {@code default} when absent; else ClusterNotFoundException. */
    Cluster cluster(ObjectNode in, String region) {
        String ref = Json.text(in, "cluster", "default");
        Cluster c = clusters.get(clusterArn(region, ref));
        if (c == null || !c.status.equals("ACTIVE")) throw new AwsException("ClusterNotFoundException", "Cluster not found.", 400);
        return c;
    }

    Cluster createCluster(String region, String name) {
        String arn = clusterArn(region, name);
        Cluster c = clusters.get(arn);
        if (c != null && c.status.equals("ACTIVE")) return c;
        c = new Cluster(name, arn, region);
        clusters.put(arn, c);
        world.timeline().record("ecs", "ClusterCreated", arn, "Cluster " + name + " created.");
        return c;
    }

    @Override
    public ObjectNode invoke(String operation, ObjectNode in, Caller caller) {
        String region = caller.region();
        if (!caller.unrestricted()) {
            iam().require(caller, "ecs:" + operation, authorizedResource(operation, in, region));
        }
        return switch (operation) {
            case "CreateCluster" -> {
                String name = Json.text(in, "clusterName", "default");
                if (!name.matches("[a-zA-Z0-9_-]{1,255}")) {
                    throw AwsException.client("InvalidParameterException", "Cluster name must be 1-255 characters: letters, numbers, hyphens and underscores.");
                }
                ObjectNode out = Json.object();
                out.set("cluster", EcsJson.cluster(this, createCluster(region, name)));
                yield out;
            }
            case "DescribeClusters" -> describeClusters(in, region);
            case "ListClusters" -> {
                ObjectNode out = Json.object();
                ArrayNode arns = out.putArray("clusterArns");
                clusters.values().stream().filter(c -> c.region.equals(region) && c.status.equals("ACTIVE")).forEach(c -> arns.add(c.arn));
                yield out;
            }
            case "DeleteCluster" -> deleteCluster(in, region);
            case "RegisterTaskDefinition", "DescribeTaskDefinition", "ListTaskDefinitions", "ListTaskDefinitionFamilies",
                 "DeregisterTaskDefinition" -> taskDefinitionOps.invoke(operation, in, region);
            case "RunTask", "StartTask", "StopTask", "DescribeTasks", "ListTasks" -> taskOps.invoke(operation, in, caller);
            default -> instanceOps.invoke(operation, in, region);
        };
    }

    /**
     * The resource IAM evaluates for an operation: RunTask and StartTask act on the task definition (the cluster is
     * only a condition key), the cluster-scoped operations on the cluster. Service Authorization Reference, "Actions
     * defined by Amazon Elastic Container Service": https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonelasticcontainerservice.html
     */
    private String authorizedResource(String operation, ObjectNode in, String region) {
        if ((operation.equals("RunTask") || operation.equals("StartTask")) && in.hasNonNull("taskDefinition")) {
            String ref = in.get("taskDefinition").asText();
            try {
                return taskDefinitionOps.resolve(ref, region, true).arn();
            } catch (AwsException unknown) {
                return ref.startsWith("arn:") ? ref : "arn:aws:ecs:" + region + ":" + Caller.ACCOUNT + ":task-definition/" + ref;
            }
        }
        return in.hasNonNull("cluster") ? clusterArn(region, in.get("cluster").asText()) : "*";
    }

    private ObjectNode describeClusters(ObjectNode in, String region) {
        ObjectNode out = Json.object();
        ArrayNode list = out.putArray("clusters");
        ArrayNode failures = out.putArray("failures");
        JsonNode wanted = in.has("clusters") ? in.get("clusters") : Json.array().add("default");
        for (JsonNode ref : wanted) {
            Cluster c = clusters.get(clusterArn(region, ref.asText()));
            if (c == null) failures.addObject().put("arn", clusterArn(region, ref.asText())).put("reason", "MISSING");
            else list.add(EcsJson.cluster(this, c));
        }
        return out;
    }

    private ObjectNode deleteCluster(ObjectNode in, String region) {
        if (!in.hasNonNull("cluster")) throw AwsException.client("InvalidParameterException", "cluster must be specified.");
        Cluster c = cluster(in, region);
        if (instances.values().stream().anyMatch(i -> i.cluster == c && !i.status.equals("INACTIVE"))) {
            throw AwsException.client("ClusterContainsContainerInstancesException",
                    "The Cluster cannot be deleted while Container Instances are active or draining.");
        }
        if (tasks.values().stream().anyMatch(t -> t.cluster == c && t.active())) {
            throw AwsException.client("ClusterContainsTasksException", "The Cluster cannot be deleted while Tasks are active.");
        }
        c.status = "INACTIVE";
        world.timeline().record("ecs", "ClusterDeleted", c.arn, "Cluster " + c.name + " deleted.");
        ObjectNode out = Json.object();
        out.set("cluster", EcsJson.cluster(this, c));
        return out;
    }
}
