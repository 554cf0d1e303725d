package dockyard.sim;

/**
 * The sandbox's own limits, each reported with a clear error rather than slowing the engine down. They are
 * limits of the simulator, not AWS quotas, except where a service maps one to AWS's own error (EC2 reports
 * the instance limit as AWS's {@code InstanceLimitExceeded}).
 */
public final class Limits {
    /** Error code used for the simulator's own limits. */
    public static final String CODE = "SandboxLimitExceeded";
    /** EC2 instances alive (not terminated) at once. */
    public static final int MAX_INSTANCES = 500;
    /** ECS tasks known at once (any state until they expire). */
    public static final int MAX_TASKS = 5000;
    /** Longest single {@link Kernel#advance}, in simulated milliseconds (7 days). */
    public static final long MAX_ADVANCE_MILLIS = Kernel.MAX_ADVANCE_MILLIS;
    /** Longest command line the shell accepts, in bytes (enforced by the shell). */
    public static final int MAX_COMMAND_BYTES = 64 * 1024;

    private Limits() {
    }

    /** The error for more than {@link #MAX_TASKS} tasks. */
    public static AwsException tooManyTasks() {
        return AwsException.client(CODE, "This sandbox holds at most " + MAX_TASKS
                + " tasks at once; stop some tasks or let stopped ones expire.");
    }
}
