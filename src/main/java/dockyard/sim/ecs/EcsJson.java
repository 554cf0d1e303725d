package dockyard.sim.ecs;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dockyard.sim.Json;

import java.util.Map;

/** ECS resources in the API's shapes (DescribeClusters, DescribeContainerInstances, DescribeTasks). */
final class EcsJson {
    private EcsJson() {
    }

    static ObjectNode cluster(Ecs ecs, Cluster c) {
        int instances = 0, running = 0, pending = 0;
        for (ContainerInstance ci : ecs.instances.values()) if (ci.cluster == c && !ci.status.equals("INACTIVE")) instances++;
        for (Task t : ecs.tasks.values()) {
            if (t.cluster != c) continue;
            if (t.lastStatus.equals("RUNNING")) running++;
            else if (!t.stopped() && t.startedAt == null) pending++;
        }
        ObjectNode o = Json.object();
        o.put("clusterArn", c.arn).put("clusterName", c.name).put("status", c.status)
                .put("registeredContainerInstancesCount", instances).put("runningTasksCount", running)
                .put("pendingTasksCount", pending).put("activeServicesCount", 0);
        o.putArray("statistics");
        o.putArray("tags");
        o.putArray("settings").addObject().put("name", "containerInsights").put("value", "disabled");
        o.putArray("capacityProviders");
        o.putArray("defaultCapacityProviderStrategy");
        return o;
    }

    private static ObjectNode resource(String name, int value) {
        ObjectNode r = Json.object();
        r.put("name", name).put("type", "INTEGER").put("doubleValue", 0.0).put("longValue", 0).put("integerValue", value);
        return r;
    }

    private static ObjectNode ports(String name, Iterable<Integer> ports) {
        ObjectNode r = Json.object();
        r.put("name", name).put("type", "STRINGSET").put("doubleValue", 0.0).put("longValue", 0).put("integerValue", 0);
        ArrayNode set = r.putArray("stringSetValue");
        for (Integer p : ports) set.add(String.valueOf(p));
        return r;
    }

    static ObjectNode containerInstance(ContainerInstance ci) {
        ObjectNode o = Json.object();
        o.put("containerInstanceArn", ci.arn).put("ec2InstanceId", ci.ec2InstanceId).put("version", ci.version);
        o.putObject("versionInfo").put("agentVersion", Agent.VERSION).put("agentHash", "4023248e")
                .put("dockerVersion", "DockerVersion: 25.0.8");
        ArrayNode remaining = o.putArray("remainingResources");
        remaining.add(resource("CPU", ci.remainingCpu));
        remaining.add(resource("MEMORY", ci.remainingMemory));
        remaining.add(ports("PORTS", ci.usedTcpPorts.stream().filter(p -> p < 32768 || p > 61000).toList()));
        remaining.add(ports("PORTS_UDP", ci.usedUdpPorts.stream().filter(p -> p < 32768 || p > 61000).toList()));
        ArrayNode registered = o.putArray("registeredResources");
        registered.add(resource("CPU", ci.registeredCpu));
        registered.add(resource("MEMORY", ci.registeredMemory));
        registered.add(ports("PORTS", ContainerInstance.RESERVED_PORTS.stream().map(Integer::parseInt).toList()));
        registered.add(ports("PORTS_UDP", java.util.List.of()));
        o.put("status", ci.status).put("agentConnected", ci.agentConnected)
                .put("runningTasksCount", ci.runningTasksCount).put("pendingTasksCount", ci.pendingTasksCount);
        ArrayNode attrs = o.putArray("attributes");
        for (Map.Entry<String, String> a : ci.attributes.entrySet()) {
            ObjectNode x = attrs.addObject().put("name", a.getKey());
            if (a.getValue() != null) x.put("value", a.getValue());
        }
        o.put("registeredAt", ci.registeredAt);
        o.putArray("attachments");
        o.putArray("tags");
        return o;
    }

    static ObjectNode task(Task t) {
        ObjectNode o = Json.object();
        ArrayNode attachments = o.putArray("attachments");
        if (t.awsvpc()) {
            ObjectNode a = attachments.addObject();
            a.put("id", t.attachmentId).put("type", "ElasticNetworkInterface").put("status", t.attachmentStatus);
            ArrayNode d = a.putArray("details");
            d.addObject().put("name", "subnetId").put("value", t.subnetId);
            if (t.eni != null) {
                d.addObject().put("name", "networkInterfaceId").put("value", t.eni.networkInterfaceId());
                d.addObject().put("name", "macAddress").put("value", t.eni.macAddress());
                d.addObject().put("name", "privateDnsName").put("value", t.eni.privateDnsName());
                d.addObject().put("name", "privateIPv4Address").put("value", t.eni.privateIpv4Address());
            }
        }
        o.putArray("attributes").addObject().put("name", "ecs.cpu-architecture").put("value", "x86_64");
        o.put("availabilityZone", t.availabilityZone).put("clusterArn", t.cluster.arn);
        if (t.pullStartedAt != null) o.put("connectivity", "CONNECTED").put("connectivityAt", t.pullStartedAt);
        if (t.instance != null) o.put("containerInstanceArn", t.instance.arn);
        ArrayNode containers = o.putArray("containers");
        for (Task.Container c : t.containers) containers.add(container(t, c));
        o.put("cpu", String.valueOf(t.cpu)).put("createdAt", t.createdAt).put("desiredStatus", t.desiredStatus)
                .put("enableExecuteCommand", false);
        if (t.executionStoppedAt != null) o.put("executionStoppedAt", t.executionStoppedAt);
        o.put("group", t.group).put("healthStatus", HealthChecks.taskHealth(t)).put("lastStatus", t.lastStatus).put("launchType", t.launchType)
                .put("memory", String.valueOf(t.memory));
        o.set("overrides", t.overrides.deepCopy());
        if (t.fargate()) o.put("platformVersion", "1.4.0").put("platformFamily", "Linux");
        if (t.pullStartedAt != null) o.put("pullStartedAt", t.pullStartedAt);
        if (t.pullStoppedAt != null) o.put("pullStoppedAt", t.pullStoppedAt);
        if (t.startedAt != null) o.put("startedAt", t.startedAt);
        if (t.startedBy != null) o.put("startedBy", t.startedBy);
        if (t.stopCode != null) o.put("stopCode", t.stopCode);
        if (t.stoppedAt != null) o.put("stoppedAt", t.stoppedAt);
        if (t.stoppedReason != null) o.put("stoppedReason", t.stoppedReason);
        if (t.stoppingAt != null) o.put("stoppingAt", t.stoppingAt);
        o.putArray("tags");
        o.put("taskArn", t.arn).put("taskDefinitionArn", t.td.arn()).put("version", t.version);
        if (t.fargate()) o.putObject("ephemeralStorage").put("sizeInGiB", t.td.ephemeralGiB() != null ? t.td.ephemeralGiB() : 20);
        return o;
    }

    private static ObjectNode container(Task t, Task.Container c) {
        ObjectNode o = Json.object();
        o.put("containerArn", c.arn).put("taskArn", t.arn).put("name", c.def.name()).put("image", c.def.image());
        if (c.imageDigest != null) o.put("imageDigest", c.imageDigest);
        if (c.runtimeId != null) o.put("runtimeId", c.runtimeId);
        o.put("lastStatus", c.lastStatus);
        if (c.exitCode != null) o.put("exitCode", c.exitCode);
        if (c.reason != null) o.put("reason", c.reason);
        ArrayNode bindings = o.putArray("networkBindings");
        if (t.startedAt != null && !t.awsvpc()) {
            for (int[] b : c.bindings) {
                bindings.addObject().put("bindIP", "0.0.0.0").put("containerPort", b[0]).put("hostPort", b[1])
                        .put("protocol", b[2] == 1 ? "udp" : "tcp");
            }
        }
        ArrayNode nics = o.putArray("networkInterfaces");
        if (t.eni != null) nics.addObject().put("attachmentId", t.attachmentId).put("privateIpv4Address", t.eni.privateIpv4Address());
        o.put("healthStatus", c.healthStatus).put("cpu", String.valueOf(c.def.cpu()));
        if (c.def.memory() != null) o.put("memory", String.valueOf(c.def.memory()));
        if (c.def.memoryReservation() != null) o.put("memoryReservation", String.valueOf(c.def.memoryReservation()));
        return o;
    }
}
