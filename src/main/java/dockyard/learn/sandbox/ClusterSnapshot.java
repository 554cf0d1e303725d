package dockyard.learn.sandbox;

import java.util.List;

/**
 * What the cluster view draws, read from the simulated account through AWS's own Describe/List operations (so
 * it shows what the CLI would show). CPU in CPU units (1024 = one vCPU), memory in MiB.
 *
 * @param zones        availability zone names, in AWS's order
 * @param clusters     ECS clusters
 * @param hosts        EC2 instances that are not terminated, registered to a cluster or not
 * @param tasks        ECS tasks (running first, then recently stopped), at most {@link #MAX_TASKS}
 * @param fileSystems  EFS file systems with the zones they have mount targets in
 * @param repositories ECR repositories with their image tags
 */
public record ClusterSnapshot(List<String> zones, List<Cluster> clusters, List<Host> hosts, List<Task> tasks,
                              List<FileSystem> fileSystems, List<Repository> repositories) {
    /** Most tasks drawn at once; the rest are counted, not drawn. */
    public static final int MAX_TASKS = 60;

    public record Cluster(String name, String status, int instances, int running, int pending) {
    }

    /**
     * An EC2 instance. {@code cluster} is null when no container instance is registered for it; CPU and memory
     * are the container instance's registered and reserved (registered minus remaining) resources.
     */
    public record Host(String instanceId, String instanceType, String zone, String state, String cluster,
                       String containerInstanceStatus, boolean agentConnected, int cpuRegistered, int cpuReserved,
                       int memoryRegistered, int memoryReserved) {
        public boolean registered() { return cluster != null; }
    }

    /** An ECS task; {@code instanceId} is null for Fargate, {@code eni} and {@code ip} for non-awsvpc tasks. */
    public record Task(String id, String cluster, String family, String lastStatus, String desiredStatus,
                       String launchType, String zone, String instanceId, List<Integer> hostPorts, String eni,
                       String ip, String cpu, String memory, String stoppedReason) {
        public boolean fargate() { return "FARGATE".equals(launchType); }
    }

    public record FileSystem(String id, String name, String state, List<String> mountTargetZones) {
    }

    public record Repository(String name, String uri, List<String> tags) {
    }

    public boolean empty() {
        return clusters.isEmpty() && hosts.isEmpty() && tasks.isEmpty() && fileSystems.isEmpty() && repositories.isEmpty();
    }
}
