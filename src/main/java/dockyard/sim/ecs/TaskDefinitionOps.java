package dockyard.sim.ecs;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dockyard.sim.AwsException;
import dockyard.sim.Caller;
import dockyard.sim.Json;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Task definition revisions per family (revision 1 first, then +1 per registration, never reused), ACTIVE until
 * deregistered, then INACTIVE (still describable, not runnable).
 */
final class TaskDefinitionOps {
    private final Ecs ecs;

    TaskDefinitionOps(Ecs ecs) {
        this.ecs = ecs;
    }

    ObjectNode invoke(String operation, ObjectNode in, String region) {
        return switch (operation) {
            case "RegisterTaskDefinition" -> register(in, region);
            case "DescribeTaskDefinition" -> {
                TaskDefinition td = resolve(Json.text(in, "taskDefinition", ""), region, false);
                ObjectNode out = Json.object();
                out.set("taskDefinition", json(td));
                out.putArray("tags");
                yield out;
            }
            case "ListTaskDefinitions" -> list(in, region);
            case "ListTaskDefinitionFamilies" -> families(in, region);
            case "DeregisterTaskDefinition" -> deregister(in, region);
            default -> throw new AwsException("UnknownOperationException", "Unknown operation " + operation, 400);
        };
    }

    private static String key(String region, String family) {
        return region + "/" + family;
    }

    private ObjectNode register(ObjectNode in, String region) {
        String family = Json.text(in, "family", "");
        TreeMap<Integer, TaskDefinition> revisions = ecs.families.get(key(region, family));
        int revision = revisions == null ? 1 : revisions.lastKey() + 1;
        TaskDefinition td = TaskDefinitionParser.parse(in, region, revision, ecs.world.kernel().epochSeconds());
        ecs.families.computeIfAbsent(key(region, family), k -> new TreeMap<>()).put(revision, td);
        ecs.world.timeline().record("ecs", "TaskDefinitionRegistered", td.arn(), "Task definition " + td.familyRevision() + " registered.");
        ObjectNode out = Json.object();
        out.set("taskDefinition", json(td));
        ArrayNode tags = out.putArray("tags");
        in.path("tags").forEach(t -> tags.add(t.deepCopy()));
        return out;
    }

    ObjectNode json(TaskDefinition td) {
        ObjectNode j = td.json().deepCopy();
        String deregistered = ecs.inactive.get(td.arn());
        if (deregistered != null) {
            j.put("status", "INACTIVE");
            j.put("deregisteredAt", Double.parseDouble(deregistered));
        }
        return j;
    }

    boolean isActive(TaskDefinition td) {
        return !ecs.inactive.containsKey(td.arn());
    }

    /**
     * {@code family} (latest ACTIVE revision), {@code family:revision} or a full ARN. {@code forRun} changes
     * the not-found message to RunTask's.
     */
    TaskDefinition resolve(String ref, String region, boolean forRun) {
        String prefix = "arn:aws:ecs:" + region + ":" + Caller.ACCOUNT + ":task-definition/";
        String s = ref.startsWith(prefix) ? ref.substring(prefix.length()) : ref;
        java.util.function.Supplier<AwsException> missing = () -> AwsException.client("ClientException",
                forRun ? "TaskDefinition not found." : "Unable to describe task definition.");
        if (s.isEmpty() || s.startsWith("arn:")) throw missing.get();
        int colon = s.lastIndexOf(':');
        String family = colon < 0 ? s : s.substring(0, colon);
        TreeMap<Integer, TaskDefinition> revisions = ecs.families.get(key(region, family));
        if (revisions == null) throw missing.get();
        if (colon < 0) {
            for (TaskDefinition td : revisions.descendingMap().values()) if (isActive(td)) return td;
            throw missing.get();
        }
        try {
            TaskDefinition td = revisions.get(Integer.parseInt(s.substring(colon + 1)));
            if (td == null) throw missing.get();
            return td;
        } catch (NumberFormatException e) {
            throw missing.get();
        }
    }

    private ObjectNode list(ObjectNode in, String region) {
        String prefix = Json.text(in, "familyPrefix", null);
        String status = Json.text(in, "status", "ACTIVE");
        boolean desc = "DESC".equals(Json.text(in, "sort", "ASC"));
        List<String> arns = new ArrayList<>();
        for (Map.Entry<String, TreeMap<Integer, TaskDefinition>> f : ecs.families.entrySet()) {
            if (!f.getKey().startsWith(region + "/")) continue;
            for (TaskDefinition td : f.getValue().values()) {
                if (prefix != null && !td.family().equals(prefix)) continue;
                if (isActive(td) == status.equals("ACTIVE")) arns.add(td.arn());
            }
        }
        if (desc) java.util.Collections.reverse(arns);
        ObjectNode out = Json.object();
        ArrayNode a = out.putArray("taskDefinitionArns");
        arns.forEach(a::add);
        return out;
    }

    private ObjectNode families(ObjectNode in, String region) {
        String prefix = Json.text(in, "familyPrefix", "");
        String status = Json.text(in, "status", "ACTIVE");
        ObjectNode out = Json.object();
        ArrayNode a = out.putArray("families");
        for (Map.Entry<String, TreeMap<Integer, TaskDefinition>> f : ecs.families.entrySet()) {
            if (!f.getKey().startsWith(region + "/")) continue;
            String family = f.getKey().substring(region.length() + 1);
            if (!family.startsWith(prefix)) continue;
            boolean anyActive = f.getValue().values().stream().anyMatch(this::isActive);
            if (status.equals("ALL") || (status.equals("ACTIVE") == anyActive)) a.add(family);
        }
        return out;
    }

    private ObjectNode deregister(ObjectNode in, String region) {
        String ref = Json.text(in, "taskDefinition", "");
        String prefix = "arn:aws:ecs:" + region + ":" + Caller.ACCOUNT + ":task-definition/";
        String s = ref.startsWith(prefix) ? ref.substring(prefix.length()) : ref;
        if (!s.matches(".+:\\d+")) {
            throw AwsException.client("ClientException", "Invalid revision number. Number: " + (s.contains(":") ? s.substring(s.lastIndexOf(':') + 1) : ""));
        }
        TaskDefinition td;
        try {
            td = resolve(s, region, false);
        } catch (AwsException e) {
            throw AwsException.client("ClientException", "The specified task definition does not exist.");
        }
        if (isActive(td)) ecs.inactive.put(td.arn(), String.valueOf(ecs.world.kernel().epochSeconds()));
        ObjectNode out = Json.object();
        out.set("taskDefinition", json(td));
        return out;
    }
}
