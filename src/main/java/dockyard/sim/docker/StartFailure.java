package dockyard.sim.docker;

/**
 * A container that could not start (its executable does not exist, no command at all). The message is what ECS puts
 * in the task's {@code stoppedReason} ({@code CannotStartContainerError: ...}); {@link #dockerMessage()} is what
 * {@code docker run} prints after {@code docker: Error response from daemon: }, with exit code {@link #exitCode()}
 * (127 for a missing executable, 125 when there is no command).
 */
public final class StartFailure extends RuntimeException {
    private final String dockerMessage;
    private final int exitCode;

    public StartFailure(String dockerMessage, int exitCode) {
        super("CannotStartContainerError: Error response from daemon: " + dockerMessage);
        this.dockerMessage = dockerMessage;
        this.exitCode = exitCode;
    }

    public String dockerMessage() { return dockerMessage; }

    public int exitCode() { return exitCode; }
}
