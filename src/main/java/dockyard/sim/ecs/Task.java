package dockyard.sim.ecs;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dockyard.sim.Kernel;
import dockyard.sim.ec2.Eni;

import java.util.ArrayList;
import java.util.List;

/**
 * A task and its containers. Times are epoch seconds (null until they happen). {@code version} counts up with
 * each state change, as in task state-change events.
 */
final class Task {
    /** A container of the task. */
    static final class Container {
        final TaskDefinition.ContainerDef def;
        final String arn;
        String lastStatus = "PENDING";
        Integer exitCode;
        String reason;
        String imageDigest;
        String runtimeId;
        final List<int[]> bindings = new ArrayList<>();
        Object process;
        String healthStatus = "UNKNOWN";
        int failedChecks;

        Container(TaskDefinition.ContainerDef def, String arn) {
            this.def = def;
            this.arn = arn;
        }
    }

    final String arn;
    final String id;
    final Cluster cluster;
    final TaskDefinition td;
    final String launchType;
    final ContainerInstance instance;
    final String group;
    final String startedBy;
    final ObjectNode overrides;
    final List<Container> containers = new ArrayList<>();
    final int cpu;
    final int memory;
    final String taskRoleArn;
    final String executionRoleArn;
    String availabilityZone;
    String subnetId;
    Eni eni;
    String attachmentId;
    String attachmentStatus;
    String lastStatus;
    String desiredStatus = "RUNNING";
    String stopCode;
    String stoppedReason;
    final double createdAt;
    Double connectivityAt, pullStartedAt, pullStoppedAt, startedAt, stoppingAt, stoppedAt, executionStoppedAt;
    long version = 1;
    long stoppedAtMillis = -1;
    boolean resourcesHeld;
    Kernel.Scheduled next;
    final List<Object> mountedFilesystems = new ArrayList<>();

    Task(String arn, String id, Cluster cluster, TaskDefinition td, String launchType, ContainerInstance instance,
         String group, String startedBy, ObjectNode overrides, int cpu, int memory, String taskRoleArn,
         String executionRoleArn, double createdAt) {
        this.arn = arn;
        this.id = id;
        this.cluster = cluster;
        this.td = td;
        this.launchType = launchType;
        this.instance = instance;
        this.group = group;
        this.startedBy = startedBy;
        this.overrides = overrides;
        this.cpu = cpu;
        this.memory = memory;
        this.taskRoleArn = taskRoleArn;
        this.executionRoleArn = executionRoleArn;
        this.createdAt = createdAt;
    }

    boolean awsvpc() {
        return td.networkMode().equals("awsvpc");
    }

    boolean fargate() {
        return launchType.equals("FARGATE");
    }

    boolean stopped() {
        return lastStatus.equals("STOPPED");
    }

    /** Still counts against its instance and the cluster (not yet STOPPED). */
    boolean active() {
        return !stopped();
    }
}
