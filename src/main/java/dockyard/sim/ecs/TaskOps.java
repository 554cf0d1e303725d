package dockyard.sim.ecs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dockyard.sim.AwsException;
import dockyard.sim.Caller;
import dockyard.sim.Json;
import dockyard.sim.Limits;
import dockyard.sim.ec2.Ec2;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** RunTask, StartTask, StopTask, DescribeTasks, ListTasks. */
final class TaskOps {
    private final Ecs ecs;
    private final TaskRequests requests;

    TaskOps(Ecs ecs) {
        this.ecs = ecs;
        this.requests = new TaskRequests(ecs);
    }

    ObjectNode invoke(String operation, ObjectNode in, Caller caller) {
        String region = caller.region();
        Cluster cluster = ecs.cluster(in, region);
        return switch (operation) {
            case "RunTask" -> run(in, cluster, caller);
            case "StartTask" -> startTask(in, cluster, caller);
            case "StopTask" -> stop(in, cluster);
            case "DescribeTasks" -> describe(in, cluster);
            default -> list(in, cluster);
        };
    }

    private ObjectNode run(ObjectNode in, Cluster cluster, Caller caller) {
        TaskRequests.Request r = requests.parse(in, cluster, true, caller);
        ObjectNode out = Json.object();
        ArrayNode tasks = out.putArray("tasks");
        ArrayNode failures = out.putArray("failures");
        List<Task> created = new ArrayList<>();
        if (r.launchType().equals("FARGATE")) {
            for (int i = 0; i < r.count(); i++) created.add(requests.create(r, cluster, null, fargateSubnet(r, cluster)));
        } else {
            List<ContainerInstance> members = new ArrayList<>();
            for (ContainerInstance ci : ecs.instances.values()) {
                if (ci.cluster == cluster && !ci.status.equals("INACTIVE")) members.add(ci);
            }
            if (members.isEmpty()) throw AwsException.client("InvalidParameterException", "No Container Instances were found in your cluster.");
            Map<String, String> seen = new LinkedHashMap<>();
            Placement.Batch batch = new Placement.Batch(members, r.need());
            for (int i = 0; i < r.count(); i++) {
                ContainerInstance chosen = batch.choose(r.strategies(), ecs.world.ids());
                if (chosen == null) {
                    seen.putAll(batch.failures());
                    break;
                }
                created.add(requests.create(r, cluster, chosen, subnetFor(r, chosen)));
                batch.placed(chosen);
            }
            seen.forEach((arn, reason) -> failures.addObject().put("arn", arn).put("reason", reason));
            if (!seen.isEmpty()) {
                ecs.world.timeline().record("ecs", "PlacementFailure", cluster.arn, "RunTask could not place " + (r.count() - created.size())
                        + " task(s) of " + r.td().familyRevision() + ": " + String.join(", ", new LinkedHashSet<>(seen.values())) + ".");
            }
        }
        for (Task t : created) {
            ecs.lifecycle.start(t);
            tasks.add(EcsJson.task(t));
        }
        return out;
    }

    /** awsvpc on EC2: a subnet of the request in the instance's AZ (placement already checked LOCATION). */
    private String subnetFor(TaskRequests.Request r, ContainerInstance ci) {
        if (r.subnets().isEmpty()) return null;
        for (String s : r.subnets()) {
            if (ecs.world.service(Ec2.class).availabilityZoneOfSubnet(ci.cluster.region, s).orElse("").equals(ci.availabilityZone)) return s;
        }
        return r.subnets().get(0);
    }

    /** Fargate spreads a group's tasks across the AZs of the given subnets: the AZ with the fewest, ties at random. */
    private String fargateSubnet(TaskRequests.Request r, Cluster cluster) {
        Ec2 ec2 = ecs.world.service(Ec2.class);
        Map<String, Integer> perAz = new LinkedHashMap<>();
        Map<String, String> subnetOfAz = new LinkedHashMap<>();
        for (String s : r.subnets()) {
            String az = ec2.availabilityZoneOfSubnet(cluster.region, s).orElseThrow();
            perAz.putIfAbsent(az, 0);
            subnetOfAz.putIfAbsent(az, s);
        }
        Map<String, Integer> counts = ecs.fargateAzCounts.getOrDefault(cluster.arn + "|" + r.group(), Map.of());
        perAz.replaceAll((az, zero) -> counts.getOrDefault(az, 0));
        int min = perAz.values().stream().mapToInt(Integer::intValue).min().orElse(0);
        List<String> best = perAz.entrySet().stream().filter(e -> e.getValue() == min).map(Map.Entry::getKey).toList();
        return subnetOfAz.get(best.get(ecs.world.ids().nextInt(best.size())));
    }

    private ObjectNode startTask(ObjectNode in, Cluster cluster, Caller caller) {
        TaskRequests.Request r = requests.parse(in, cluster, false, caller);
        JsonNode refs = in.get("containerInstances");
        if (refs == null || !refs.isArray() || refs.isEmpty() || refs.size() > 10) {
            throw AwsException.client("InvalidParameterException", "containerInstances must name between 1 and 10 container instances.");
        }
        ObjectNode out = Json.object();
        ArrayNode tasks = out.putArray("tasks");
        ArrayNode failures = out.putArray("failures");
        for (JsonNode ref : refs) {
            ContainerInstance ci = null;
            for (ContainerInstance x : ecs.instances.values()) {
                if (x.cluster == cluster && (x.arn.equals(ref.asText()) || x.id.equals(ref.asText()))) ci = x;
            }
            if (ci == null || ci.status.equals("INACTIVE")) {
                failures.addObject().put("arn", ref.asText()).put("reason", ci == null ? "MISSING" : "INACTIVE");
                continue;
            }
            Placement.Result p = Placement.place(List.of(ci), r.need(), List.of(), ecs.world.ids());
            if (p.chosen() == null) {
                String reason = p.failures().getOrDefault(ci.arn, "INACTIVE");
                failures.addObject().put("arn", ci.arn).put("reason", reason);
                continue;
            }
            Task t = requests.create(r, cluster, ci, subnetFor(r, ci));
            ecs.lifecycle.start(t);
            tasks.add(EcsJson.task(t));
        }
        return out;
    }

    private Task find(Cluster cluster, String ref) {
        Task t = ecs.tasks.get(ref.startsWith("arn:") ? ref
                : "arn:aws:ecs:" + cluster.region + ":" + Caller.ACCOUNT + ":task/" + cluster.name + "/" + ref);
        return t != null && t.cluster == cluster ? t : null;
    }

    private ObjectNode stop(ObjectNode in, Cluster cluster) {
        String ref = Json.requiredText(in, "task", "InvalidParameterException");
        Task t = find(cluster, ref);
        if (t == null) throw AwsException.client("InvalidParameterException", "The referenced task was not found.");
        String reason = Json.text(in, "reason", "Task stopped by user");
        if (reason.length() > 255) throw AwsException.client("InvalidParameterException", "Reason must be at most 255 characters.");
        ecs.lifecycle.stop(t, "UserInitiated", reason);
        ObjectNode out = Json.object();
        out.set("task", EcsJson.task(t));
        return out;
    }

    private ObjectNode describe(ObjectNode in, Cluster cluster) {
        JsonNode refs = in.get("tasks");
        if (refs == null || !refs.isArray() || refs.isEmpty()) throw AwsException.client("InvalidParameterException", "Tasks cannot be empty.");
        if (refs.size() > 100) throw AwsException.client("InvalidParameterException", "Tasks can have at most 100 items.");
        ObjectNode out = Json.object();
        ArrayNode tasks = out.putArray("tasks");
        ArrayNode failures = out.putArray("failures");
        for (JsonNode ref : refs) {
            Task t = find(cluster, ref.asText());
            if (t == null) failures.addObject().put("arn", ref.asText()).put("reason", "MISSING");
            else tasks.add(EcsJson.task(t));
        }
        return out;
    }

    private ObjectNode list(ObjectNode in, Cluster cluster) {
        String desired = Json.text(in, "desiredStatus", "RUNNING");
        String family = Json.text(in, "family", null);
        String startedBy = Json.text(in, "startedBy", null);
        String instanceRef = Json.text(in, "containerInstance", null);
        String launchType = Json.text(in, "launchType", null);
        Set<String> statuses = Set.of("RUNNING", "PENDING", "STOPPED");
        if (!statuses.contains(desired)) throw AwsException.client("InvalidParameterException", "desiredStatus must be one of RUNNING, PENDING or STOPPED.");
        if (in.hasNonNull("serviceName")) throw AwsException.client("ServiceNotFoundException", "Service not found.");
        ObjectNode out = Json.object();
        ArrayNode arns = out.putArray("taskArns");
        for (Task t : ecs.tasks.values()) {
            if (t.cluster != cluster) continue;
            if (!t.desiredStatus.equals(desired.equals("PENDING") ? "RUNNING" : desired)) continue;
            if (desired.equals("PENDING") && t.startedAt != null) continue;
            if (family != null && !t.td.family().equals(family)) continue;
            if (startedBy != null && !startedBy.equals(t.startedBy)) continue;
            if (launchType != null && !launchType.equals(t.launchType)) continue;
            if (instanceRef != null && (t.instance == null || !(t.instance.arn.equals(instanceRef) || t.instance.id.equals(instanceRef)))) continue;
            arns.add(t.arn);
        }
        return out;
    }

    static boolean tooMany(Ecs ecs, int more) {
        return ecs.tasks.size() + more > Limits.MAX_TASKS;
    }
}
