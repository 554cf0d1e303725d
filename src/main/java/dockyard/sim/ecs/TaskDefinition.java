package dockyard.sim.ecs;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Map;

/**
 * A registered task definition revision: the normalised JSON as DescribeTaskDefinition returns it, plus the
 * typed facts placement and the task lifecycle need. CPU in units, memory in MiB; null when not set.
 */
record TaskDefinition(String arn, String family, int revision, String region, String networkMode, Integer cpu,
                      Integer memory, List<ContainerDef> containers, String taskRoleArn, String executionRoleArn,
                      boolean fargateCompatible, List<String> memberOf, Map<String, Volume> volumes,
                      Integer ephemeralGiB, ObjectNode json) {

    /** A port mapping; {@code hostPort} 0 = dynamic (bridge only). */
    record PortMapping(int containerPort, int hostPort, String protocol) {
    }

    /** A volume: {@code efs} non-null for an EFS volume, else a task-scoped (bind mount / Docker) volume. */
    record Volume(String name, Efs efs) {
    }

    record Efs(String fileSystemId, String rootDirectory, String accessPointId, boolean transitEncryption, boolean iam) {
    }

    record MountPoint(String sourceVolume, String containerPath, boolean readOnly) {
    }

    record Secret(String name, String valueFrom) {
    }

    /** A container health check; times in seconds (DG task_definition_parameters, healthCheck). */
    record HealthCheck(List<String> command, int interval, int timeout, int retries, int startPeriod) {
    }

    /**
     * One container. {@code reservedMemory} is what placement charges: memoryReservation if set, else memory
     * (DG task_definition_parameters).
     */
    record ContainerDef(String name, String image, int cpu, Integer memory, Integer memoryReservation, boolean essential,
                        List<PortMapping> portMappings, List<String> entryPoint, List<String> command,
                        Map<String, String> environment, List<Secret> secrets, String logDriver,
                        Map<String, String> logOptions, List<MountPoint> mountPoints, Integer stopTimeout,
                        String workingDirectory, HealthCheck healthCheck) {
        int reservedMemory() {
            return memoryReservation != null ? memoryReservation : memory != null ? memory : 0;
        }
    }

    /** CPU units placement charges: the task-level value, else the containers' sum. */
    int cpuUnits() {
        return cpu != null ? cpu : containers.stream().mapToInt(ContainerDef::cpu).sum();
    }

    /** MiB placement charges: the task-level value, else the containers' reservations. */
    int memoryMiB() {
        return memory != null ? memory : containers.stream().mapToInt(ContainerDef::reservedMemory).sum();
    }

    String familyRevision() {
        return family + ":" + revision;
    }
}
