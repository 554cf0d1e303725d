package dockyard.sim.docker;

/** Hears that a container's process ended; called from a kernel event, never from inside {@code start}. */
@FunctionalInterface
public interface ContainerListener {
    /**
     * @param exitCode the process's exit code (137 = killed by SIGKILL, e.g. out of memory or after the stop timeout;
     *                 143 = ended by SIGTERM)
     * @param reason   {@code ""} for a normal exit, else why it ended, in ECS's words
     *                 (e.g. {@code OutOfMemoryError: Container killed due to memory usage})
     */
    void exited(int exitCode, String reason);

    ContainerListener NONE = (code, reason) -> { };
}
