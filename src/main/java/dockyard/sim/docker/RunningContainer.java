package dockyard.sim.docker;

import java.util.List;

/**
 * A started container. Its state changes only in kernel events: the process ending by itself, or
 * {@link #stop(long)}. Times are simulated milliseconds since the kernel epoch.
 */
public interface RunningContainer {
    /** The 64-hex-digit container id. */
    String id();

    String name();

    ContainerSpec spec();

    /** True until the process has ended. */
    boolean running();

    /** The exit code once ended, else null. */
    Integer exitCode();

    /** Why it ended ({@code ""} for a normal exit), null while running. */
    String reason();

    /** True when it was killed for exceeding its memory limit. */
    boolean oomKilled();

    long startedAt();

    /** When it ended, or -1 while running. */
    long finishedAt();

    /** TCP ports accepting connections from other hosts right now (empty until the server is ready). */
    List<Integer> listeningPorts();

    /** The container's private IPv4 address. */
    String ipAddress();

    /** The container's root file system: its writable layer over the image, with its mounts. */
    Filesystem filesystem();

    /**
     * Sends the stop signal (SIGTERM, or the image's STOPSIGNAL). A process that handles it ends at once (exit code per
     * program, e.g. 0 for nginx); one that ignores it (PID 1 without a handler: {@code sh}, {@code node},
     * {@code python}) is killed with SIGKILL, exit code 137, after {@code stopTimeoutMillis}. No effect once ended.
     */
    void stop(long stopTimeoutMillis);

    /** SIGKILL now: exit code 137 (no effect once ended). */
    void kill();

    /**
     * Runs a command inside the running container at once ({@code docker exec}, container health checks): its
     * file system, environment and servers ({@code curl http://localhost/} reaches them). Accepts a plain argument
     * vector or a health-check test ({@code ["CMD-SHELL", "curl -f http://localhost/ || exit 1"]},
     * {@code ["CMD", "curl", ...]}). Sleeps inside do not pass simulated time. Output is in {@code stdout}.
     */
    ExecResult exec(List<String> command);
}
