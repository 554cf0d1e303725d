package dockyard.sim.docker;

/**
 * An image pull that failed. The message is what ECS puts in a task's {@code stoppedReason}, e.g.
 * {@code CannotPullContainerError: pull image manifest has been retried 1 time(s): failed to resolve ref ...: not found}.
 * {@link #dockerMessage()} is what the docker CLI prints for the same failure.
 */
public final class PullFailure extends RuntimeException {
    private final String dockerMessage;

    public PullFailure(String stoppedReason, String dockerMessage) {
        super(stoppedReason);
        this.dockerMessage = dockerMessage;
    }

    public String dockerMessage() { return dockerMessage; }
}
