package dockyard.sim.docker;

import dockyard.sim.Caller;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What to run: an image with optional overrides, the way {@code docker run} options or an ECS container definition
 * describe it. Build one with {@link #of} and the {@code with...} methods.
 *
 * @param name             container name (ECS: the container definition's name)
 * @param image            the pulled image
 * @param entryPoint       replaces the image's ENTRYPOINT when not null (an empty list clears it)
 * @param command          replaces the image's CMD when not null
 * @param environment      added to (and overriding) the image's ENV
 * @param workingDirectory replaces the image's WORKDIR when not null
 * @param mounts           container path → the file system mounted there (EFS, volumes, bind mounts)
 * @param awsCredentials   the identity of the AWS CLI/SDK inside, or null for none
 * @param region           the region the container runs in
 * @param logSink          receives each output line (stdout and stderr), without the newline
 * @param memoryMiB        hard memory limit in MiB, 0 for none
 */
public record ContainerSpec(String name, PulledImage image, List<String> entryPoint, List<String> command,
                            Map<String, String> environment, String workingDirectory, Map<String, Filesystem> mounts,
                            Caller awsCredentials, String region, Consumer<String> logSink, int memoryMiB) {
    public ContainerSpec {
        entryPoint = entryPoint == null ? null : List.copyOf(entryPoint);
        command = command == null ? null : List.copyOf(command);
        environment = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(environment));
        mounts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(mounts));
        logSink = logSink == null ? line -> { } : logSink;
        region = region == null ? Caller.DEFAULT_REGION : region;
    }

    public static ContainerSpec of(String name, PulledImage image) {
        return new ContainerSpec(name, image, null, null, Map.of(), null, Map.of(), null, Caller.DEFAULT_REGION, null, 0);
    }

    public ContainerSpec withEntryPoint(List<String> ep) {
        return new ContainerSpec(name, image, ep, command, environment, workingDirectory, mounts, awsCredentials, region, logSink, memoryMiB);
    }

    public ContainerSpec withCommand(List<String> cmd) {
        return new ContainerSpec(name, image, entryPoint, cmd, environment, workingDirectory, mounts, awsCredentials, region, logSink, memoryMiB);
    }

    public ContainerSpec withEnvironment(Map<String, String> env) {
        return new ContainerSpec(name, image, entryPoint, command, env, workingDirectory, mounts, awsCredentials, region, logSink, memoryMiB);
    }

    public ContainerSpec withWorkingDirectory(String dir) {
        return new ContainerSpec(name, image, entryPoint, command, environment, dir, mounts, awsCredentials, region, logSink, memoryMiB);
    }

    public ContainerSpec withMount(String containerPath, Filesystem fs) {
        Map<String, Filesystem> m = new LinkedHashMap<>(mounts);
        m.put(containerPath, fs);
        return new ContainerSpec(name, image, entryPoint, command, environment, workingDirectory, m, awsCredentials, region, logSink, memoryMiB);
    }

    public ContainerSpec withAwsCredentials(Caller credentials, String inRegion) {
        return new ContainerSpec(name, image, entryPoint, command, environment, workingDirectory, mounts, credentials, inRegion, logSink, memoryMiB);
    }

    public ContainerSpec withLogSink(Consumer<String> sink) {
        return new ContainerSpec(name, image, entryPoint, command, environment, workingDirectory, mounts, awsCredentials, region, sink, memoryMiB);
    }

    public ContainerSpec withMemoryMiB(int mib) {
        return new ContainerSpec(name, image, entryPoint, command, environment, workingDirectory, mounts, awsCredentials, region, logSink, mib);
    }

    /** The process: the (overridden) ENTRYPOINT followed by the (overridden) CMD. Overriding ENTRYPOINT drops the image's CMD. */
    public List<String> process() {
        ImageConfig c = image.config();
        List<String> ep = entryPoint != null ? entryPoint : c.entrypoint();
        List<String> cmd = command != null ? command : (entryPoint != null ? null : c.cmd());
        List<String> p = new java.util.ArrayList<>();
        if (ep != null) p.addAll(ep);
        if (cmd != null) p.addAll(cmd);
        return p;
    }

    /** The process environment: the image's ENV, then {@link #environment}. */
    public Map<String, String> fullEnvironment() {
        Map<String, String> env = image.config().envMap();
        env.putAll(environment);
        return env;
    }
}
