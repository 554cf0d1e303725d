package dockyard.sim.ecs;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A container instance: an EC2 instance registered by the agent. Resources in CPU units and MiB; ports are
 * host ports (the default reserved ones plus those tasks hold).
 */
final class ContainerInstance {
    /** AGENT default ECS_RESERVED_PORTS. */
    static final List<String> RESERVED_PORTS = List.of("22", "2375", "2376", "51678", "51679");

    final String arn;
    final String id;
    final Cluster cluster;
    final String ec2InstanceId;
    final String availabilityZone;
    final String subnetId;
    final int registeredCpu;
    final int registeredMemory;
    final int maxEnis;
    final double registeredAt;
    final String instanceRoleArn;
    final Map<String, String> attributes = new TreeMap<>();
    final TreeSet<Integer> usedTcpPorts = new TreeSet<>();
    final TreeSet<Integer> usedUdpPorts = new TreeSet<>();
    int remainingCpu;
    int remainingMemory;
    int usedEnis = 1;
    /** Active (not STOPPED) tasks on this instance per task group, for spread and distinctInstance. */
    final Map<String, Integer> groupCounts = new java.util.HashMap<>();
    int pendingTasksCount;
    int runningTasksCount;
    String status = "ACTIVE";
    boolean agentConnected = true;
    long version = 1;

    ContainerInstance(String arn, String id, Cluster cluster, String ec2InstanceId, String availabilityZone, String subnetId,
                      int cpu, int memory, int maxEnis, double registeredAt, String instanceRoleArn) {
        this.arn = arn;
        this.id = id;
        this.cluster = cluster;
        this.ec2InstanceId = ec2InstanceId;
        this.availabilityZone = availabilityZone;
        this.subnetId = subnetId;
        this.registeredCpu = cpu;
        this.registeredMemory = memory;
        this.remainingCpu = cpu;
        this.remainingMemory = memory;
        this.maxEnis = maxEnis;
        this.registeredAt = registeredAt;
        this.instanceRoleArn = instanceRoleArn;
        RESERVED_PORTS.forEach(p -> usedTcpPorts.add(Integer.parseInt(p)));
    }

    /** The instance as the cluster query language sees it. */
    ClusterQuery.Subject subject() {
        return key -> switch (key) {
            case "agentconnected" -> List.of(String.valueOf(agentConnected));
            case "agentversion" -> List.of(Agent.VERSION);
            case "ec2instanceid" -> List.of(ec2InstanceId);
            case "registeredat" -> List.of(java.time.Instant.ofEpochMilli(Math.round(registeredAt * 1000)).toString());
            case "runningtaskscount" -> List.of(String.valueOf(runningTasksCount));
            case "task:group" -> List.copyOf(new TreeSet<>(groupCounts.keySet()));
            default -> {
                String name = key.substring("attribute:".length());
                if (!attributes.containsKey(name)) yield List.of();
                String v = attributes.get(name);
                yield List.of(v == null ? "" : v);
            }
        };
    }

    boolean portFree(int port, String protocol) {
        return !(protocol.equals("udp") ? usedUdpPorts : usedTcpPorts).contains(port);
    }

    void takePort(int port, String protocol) {
        (protocol.equals("udp") ? usedUdpPorts : usedTcpPorts).add(port);
    }

    void releasePort(int port, String protocol) {
        (protocol.equals("udp") ? usedUdpPorts : usedTcpPorts).remove(port);
    }
}
