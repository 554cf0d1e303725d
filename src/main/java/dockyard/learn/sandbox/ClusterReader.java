package dockyard.learn.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dockyard.sim.AwsException;
import dockyard.sim.Caller;
import dockyard.sim.Json;
import dockyard.sim.World;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Reads a {@link ClusterSnapshot} from a world with read-only Describe/List calls through {@link World#invoke},
 * as the account's administrator in the default region. Reads never advance time or draw random numbers.
 */
final class ClusterReader {
    private final World world;
    private final Caller admin = Caller.admin(Caller.DEFAULT_REGION);

    ClusterReader(World world) {
        this.world = world;
    }

    ClusterSnapshot read() {
        List<String> zones = zones();
        Map<String, ObjectNode> ec2 = ec2Instances();
        List<ClusterSnapshot.Cluster> clusters = new ArrayList<>();
        Map<String, ClusterSnapshot.Host> hosts = new LinkedHashMap<>();
        Map<String, String> instanceOfContainerInstance = new HashMap<>();
        List<ClusterSnapshot.Task> tasks = new ArrayList<>();
        if (has("ecs")) {
            JsonNode listed = call("ecs", "ListClusters", Json.object()).path("clusterArns");
            JsonNode described = listed.isEmpty() ? Json.array() : call("ecs", "DescribeClusters", arrayOf("clusters", listed)).path("clusters");
            for (JsonNode c : described) {
                String name = c.path("clusterName").asText();
                clusters.add(new ClusterSnapshot.Cluster(name, c.path("status").asText(), c.path("registeredContainerInstancesCount").asInt(),
                        c.path("runningTasksCount").asInt(), c.path("pendingTasksCount").asInt()));
                containerInstances(name, ec2, hosts, instanceOfContainerInstance);
                tasks.addAll(tasks(name, instanceOfContainerInstance));
            }
        }
        for (ObjectNode i : ec2.values()) {
            String id = i.path("InstanceId").asText();
            if (hosts.containsKey(id)) continue;
            hosts.put(id, new ClusterSnapshot.Host(id, i.path("InstanceType").asText(), i.path("Placement").path("AvailabilityZone").asText(),
                    i.path("State").path("Name").asText(), null, null, false, 0, 0, 0, 0));
        }
        tasks.sort((a, b) -> Boolean.compare("STOPPED".equals(a.lastStatus()), "STOPPED".equals(b.lastStatus())));
        if (tasks.size() > ClusterSnapshot.MAX_TASKS) tasks = new ArrayList<>(tasks.subList(0, ClusterSnapshot.MAX_TASKS));
        return new ClusterSnapshot(zones, clusters, new ArrayList<>(hosts.values()), tasks, fileSystems(), repositories());
    }

    private List<String> zones() {
        List<String> zones = new ArrayList<>();
        if (has("ec2")) {
            for (JsonNode z : call("ec2", "DescribeAvailabilityZones", Json.object()).path("AvailabilityZones")) zones.add(z.path("ZoneName").asText());
        }
        return zones;
    }

    private Map<String, ObjectNode> ec2Instances() {
        Map<String, ObjectNode> out = new LinkedHashMap<>();
        if (!has("ec2")) return out;
        for (JsonNode r : call("ec2", "DescribeInstances", Json.object()).path("Reservations")) {
            for (JsonNode i : r.path("Instances")) {
                if ("terminated".equals(i.path("State").path("Name").asText())) continue;
                out.put(i.path("InstanceId").asText(), (ObjectNode) i);
            }
        }
        return out;
    }

    private void containerInstances(String cluster, Map<String, ObjectNode> ec2, Map<String, ClusterSnapshot.Host> hosts,
                                    Map<String, String> instanceOf) {
        JsonNode arns = call("ecs", "ListContainerInstances", Json.object().put("cluster", cluster)).path("containerInstanceArns");
        if (arns.isEmpty()) return;
        ObjectNode in = arrayOf("containerInstances", arns).put("cluster", cluster);
        for (JsonNode ci : call("ecs", "DescribeContainerInstances", in).path("containerInstances")) {
            String id = ci.path("ec2InstanceId").asText();
            instanceOf.put(ci.path("containerInstanceArn").asText(), id);
            ObjectNode e = ec2.get(id);
            String zone = attribute(ci, "ecs.availability-zone");
            if (zone == null && e != null) zone = e.path("Placement").path("AvailabilityZone").asText();
            int cpu = resource(ci.path("registeredResources"), "CPU");
            int mem = resource(ci.path("registeredResources"), "MEMORY");
            hosts.put(id, new ClusterSnapshot.Host(id, e == null ? attribute(ci, "ecs.instance-type") : e.path("InstanceType").asText(), zone,
                    e == null ? "unknown" : e.path("State").path("Name").asText(), cluster, ci.path("status").asText(),
                    ci.path("agentConnected").asBoolean(), cpu, cpu - resource(ci.path("remainingResources"), "CPU"),
                    mem, mem - resource(ci.path("remainingResources"), "MEMORY")));
        }
    }

    private List<ClusterSnapshot.Task> tasks(String cluster, Map<String, String> instanceOf) {
        List<ClusterSnapshot.Task> out = new ArrayList<>();
        for (String desired : new String[]{"RUNNING", "STOPPED"}) {
            List<String> arns = new ArrayList<>();
            call("ecs", "ListTasks", Json.object().put("cluster", cluster).put("desiredStatus", desired)).path("taskArns")
                    .forEach(a -> arns.add(a.asText()));
            for (int from = 0; from < arns.size() && out.size() < ClusterSnapshot.MAX_TASKS; from += 100) {
                ObjectNode in = Json.object().put("cluster", cluster);
                arns.subList(from, Math.min(arns.size(), from + 100)).forEach(in.putArray("tasks")::add);
                for (JsonNode t : call("ecs", "DescribeTasks", in).path("tasks")) out.add(task(cluster, t, instanceOf));
            }
        }
        return out;
    }

    private static ClusterSnapshot.Task task(String cluster, JsonNode t, Map<String, String> instanceOf) {
        String arn = t.path("taskArn").asText();
        String def = t.path("taskDefinitionArn").asText();
        TreeSet<Integer> ports = new TreeSet<>();
        for (JsonNode c : t.path("containers")) {
            for (JsonNode b : c.path("networkBindings")) if (b.has("hostPort")) ports.add(b.path("hostPort").asInt());
        }
        String eni = null;
        String ip = null;
        for (JsonNode a : t.path("attachments")) {
            if (!"ElasticNetworkInterface".equals(a.path("type").asText())) continue;
            for (JsonNode d : a.path("details")) {
                if ("networkInterfaceId".equals(d.path("name").asText())) eni = d.path("value").asText();
                if ("privateIPv4Address".equals(d.path("name").asText())) ip = d.path("value").asText();
            }
        }
        String ci = t.path("containerInstanceArn").asText(null);
        return new ClusterSnapshot.Task(arn.substring(arn.lastIndexOf('/') + 1), cluster, def.substring(def.lastIndexOf('/') + 1),
                t.path("lastStatus").asText(), t.path("desiredStatus").asText(), t.path("launchType").asText("EC2"),
                t.path("availabilityZone").asText(null), ci == null ? null : instanceOf.get(ci), List.copyOf(ports), eni, ip,
                t.path("cpu").asText(null), t.path("memory").asText(null), t.path("stoppedReason").asText(null));
    }

    private List<ClusterSnapshot.FileSystem> fileSystems() {
        List<ClusterSnapshot.FileSystem> out = new ArrayList<>();
        if (!has("efs")) return out;
        for (JsonNode f : call("efs", "DescribeFileSystems", Json.object()).path("FileSystems")) {
            String id = f.path("FileSystemId").asText();
            TreeSet<String> zones = new TreeSet<>();
            for (JsonNode m : call("efs", "DescribeMountTargets", Json.object().put("FileSystemId", id)).path("MountTargets")) {
                zones.add(m.path("AvailabilityZoneName").asText());
            }
            out.add(new ClusterSnapshot.FileSystem(id, f.path("Name").asText(""), f.path("LifeCycleState").asText(), List.copyOf(zones)));
        }
        return out;
    }

    private List<ClusterSnapshot.Repository> repositories() {
        List<ClusterSnapshot.Repository> out = new ArrayList<>();
        if (!has("ecr")) return out;
        for (JsonNode r : call("ecr", "DescribeRepositories", Json.object()).path("repositories")) {
            String name = r.path("repositoryName").asText();
            List<String> tags = new ArrayList<>();
            for (JsonNode i : call("ecr", "DescribeImages", Json.object().put("repositoryName", name)).path("imageDetails")) {
                if (i.path("imageTags").isEmpty()) tags.add(i.path("imageDigest").asText().replaceFirst("^(sha256:.{12}).*", "$1"));
                i.path("imageTags").forEach(tag -> tags.add(tag.asText()));
            }
            out.add(new ClusterSnapshot.Repository(name, r.path("repositoryUri").asText(), tags));
        }
        return out;
    }

    private boolean has(String service) {
        return world.services().containsKey(service);
    }

    /** A read-only call; a refusal (say, an operation this engine lacks) reads as an empty answer. */
    private JsonNode call(String service, String operation, ObjectNode input) {
        try {
            return world.invoke(service, operation, input, admin);
        } catch (AwsException e) {
            return Json.object();
        }
    }

    private static ObjectNode arrayOf(String member, JsonNode values) {
        ObjectNode in = Json.object();
        values.forEach(in.putArray(member)::add);
        return in;
    }

    private static String attribute(JsonNode ci, String name) {
        for (JsonNode a : ci.path("attributes")) if (name.equals(a.path("name").asText())) return a.path("value").asText(null);
        return null;
    }

    private static int resource(JsonNode resources, String name) {
        for (JsonNode r : resources) if (name.equals(r.path("name").asText())) return r.path("integerValue").asInt();
        return 0;
    }
}
