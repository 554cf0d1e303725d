package dockyard.sim.ecs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dockyard.sim.AwsException;
import dockyard.sim.Json;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** ListContainerInstances, DescribeContainerInstances, UpdateContainerInstancesState, DeregisterContainerInstance, PutAttributes, ListAttributes. */
final class ContainerInstanceOps {
    private final Ecs ecs;

    ContainerInstanceOps(Ecs ecs) {
        this.ecs = ecs;
    }

    ObjectNode invoke(String operation, ObjectNode in, String region) {
        Cluster cluster = ecs.cluster(in, region);
        return switch (operation) {
            case "ListContainerInstances" -> list(in, cluster);
            case "DescribeContainerInstances" -> describe(in, cluster);
            case "UpdateContainerInstancesState" -> updateState(in, cluster);
            case "DeregisterContainerInstance" -> deregister(in, cluster);
            case "PutAttributes" -> putAttributes(in, cluster);
            case "ListAttributes" -> listAttributes(in, cluster);
            default -> throw new AwsException("UnknownOperationException", "Unknown operation " + operation, 400);
        };
    }

    private ObjectNode list(ObjectNode in, Cluster cluster) {
        ClusterQuery filter = in.hasNonNull("filter") ? ClusterQuery.parse(in.get("filter").asText()) : null;
        String status = Json.text(in, "status", null);
        ObjectNode out = Json.object();
        ArrayNode arns = out.putArray("containerInstanceArns");
        for (ContainerInstance ci : ecs.instances.values()) {
            if (ci.cluster != cluster) continue;
            if (status != null ? !ci.status.equals(status) : ci.status.equals("INACTIVE")) continue;
            if (filter != null && !filter.matches(ci.subject())) continue;
            arns.add(ci.arn);
        }
        return out;
    }

    /** By full ARN or by the id after the last slash. */
    ContainerInstance find(Cluster cluster, String ref) {
        for (ContainerInstance ci : ecs.instances.values()) {
            if (ci.cluster == cluster && (ci.arn.equals(ref) || ci.id.equals(ref))) return ci;
        }
        return null;
    }

    private ObjectNode describe(ObjectNode in, Cluster cluster) {
        JsonNode refs = in.get("containerInstances");
        if (refs == null || !refs.isArray() || refs.isEmpty()) {
            throw AwsException.client("InvalidParameterException", "containerInstances can not be empty.");
        }
        ObjectNode out = Json.object();
        ArrayNode list = out.putArray("containerInstances");
        ArrayNode failures = out.putArray("failures");
        for (JsonNode r : refs) {
            ContainerInstance ci = find(cluster, r.asText());
            if (ci == null) failures.addObject().put("arn", r.asText()).put("reason", "MISSING");
            else list.add(EcsJson.containerInstance(ci));
        }
        return out;
    }

    private ObjectNode updateState(ObjectNode in, Cluster cluster) {
        String status = Json.text(in, "status", "");
        if (!status.equals("ACTIVE") && !status.equals("DRAINING")) {
            throw AwsException.client("InvalidParameterException", "Container instance status must be ACTIVE or DRAINING.");
        }
        ObjectNode out = Json.object();
        ArrayNode list = out.putArray("containerInstances");
        ArrayNode failures = out.putArray("failures");
        for (JsonNode r : in.path("containerInstances")) {
            ContainerInstance ci = find(cluster, r.asText());
            if (ci == null || ci.status.equals("INACTIVE")) {
                failures.addObject().put("arn", r.asText()).put("reason", ci == null ? "MISSING" : "INACTIVE");
                continue;
            }
            if (!ci.status.equals(status)) {
                ci.status = status;
                ci.version++;
                ecs.world.timeline().record("ecs", "ContainerInstanceStateChange", ci.arn,
                        "Container instance " + ci.id + " (" + ci.ec2InstanceId + ") is now " + status + ".");
            }
            list.add(EcsJson.containerInstance(ci));
        }
        return out;
    }

    private ObjectNode deregister(ObjectNode in, Cluster cluster) {
        String ref = Json.requiredText(in, "containerInstance", "InvalidParameterException");
        ContainerInstance ci = find(cluster, ref);
        if (ci == null || ci.status.equals("INACTIVE")) {
            throw AwsException.client("InvalidParameterException", "The referenced container instance " + ref + " is not registered in the cluster.");
        }
        boolean force = in.path("force").asBoolean(false);
        if (!force && (ci.runningTasksCount + ci.pendingTasksCount) > 0) {
            throw AwsException.client("InvalidParameterException", "Found running tasks on the instance.");
        }
        ci.status = "INACTIVE";
        ci.agentConnected = false;
        ci.version++;
        ecs.lifecycle.stopAllOn(ci, "TerminationNotice", "Container instance " + ci.id + " was deregistered.");
        ecs.world.timeline().record("ecs", "ContainerInstanceDeregistered", ci.arn,
                "Container instance " + ci.id + " (" + ci.ec2InstanceId + ") deregistered" + (force ? " (forced)." : "."));
        ObjectNode out = Json.object();
        out.set("containerInstance", EcsJson.containerInstance(ci));
        return out;
    }

    private ObjectNode putAttributes(ObjectNode in, Cluster cluster) {
        List<Object[]> changes = new ArrayList<>();
        for (JsonNode a : in.path("attributes")) {
            String name = a.path("name").asText("");
            if (name.isEmpty() || name.length() > 128) throw AwsException.client("InvalidParameterException", "Attribute name must be 1-128 characters.");
            if (!"container-instance".equals(a.path("targetType").asText("container-instance"))) {
                throw AwsException.client("InvalidParameterException", "Attributes can only target container instances.");
            }
            ContainerInstance ci = find(cluster, a.path("targetId").asText(""));
            if (ci == null) throw AwsException.client("TargetNotFoundException", "Could not find " + a.path("targetId").asText("") + ".");
            changes.add(new Object[]{ci, name, a.hasNonNull("value") ? a.get("value").asText() : null});
        }
        for (Object[] c : changes) ((ContainerInstance) c[0]).attributes.put((String) c[1], (String) c[2]);
        ObjectNode out = Json.object();
        out.set("attributes", in.path("attributes").deepCopy());
        return out;
    }

    private ObjectNode listAttributes(ObjectNode in, Cluster cluster) {
        String name = Json.text(in, "attributeName", null);
        String value = Json.text(in, "attributeValue", null);
        ObjectNode out = Json.object();
        ArrayNode list = out.putArray("attributes");
        for (ContainerInstance ci : ecs.instances.values()) {
            if (ci.cluster != cluster || ci.status.equals("INACTIVE")) continue;
            for (Map.Entry<String, String> a : ci.attributes.entrySet()) {
                if (name != null && !name.equals(a.getKey())) continue;
                if (value != null && !value.equals(a.getValue())) continue;
                ObjectNode o = list.addObject().put("name", a.getKey());
                if (a.getValue() != null) o.put("value", a.getValue());
                o.put("targetType", "container-instance").put("targetId", ci.arn);
            }
        }
        return out;
    }
}
