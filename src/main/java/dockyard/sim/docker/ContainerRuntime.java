package dockyard.sim.docker;

import dockyard.sim.Ids;
import dockyard.sim.Kernel;

import java.util.function.Supplier;

/**
 * Runs containers in simulated time: the learner's {@code docker run} and the ECS agent's task containers alike.
 * What a container does is recognised from its process and files ({@link Behaviours}); scripts run step by step,
 * servers keep running, and every end is reported to the {@link ContainerListener} from a kernel event.
 */
public final class ContainerRuntime {
    private final Kernel kernel;
    private final Ids ids;
    private final Supplier<CommandInterpreter> interpreter;
    private int nextAddress = 2;

    public ContainerRuntime(Kernel kernel, Ids ids, Supplier<CommandInterpreter> interpreter) {
        this.kernel = kernel;
        this.ids = ids;
        this.interpreter = interpreter;
    }

    /** The interpreter in-container {@code aws} commands go to (the shell's, once installed). */
    public CommandInterpreter interpreter() { return interpreter.get(); }

    /**
     * Creates and starts a container. Start-up output is written to the spec's log sink before this returns.
     *
     * @throws StartFailure when the process cannot start (no such executable, no command)
     */
    public RunningContainer start(ContainerSpec spec, ContainerListener listener) {
        String ip = "172.17.0." + (nextAddress++ % 250 + 2);
        return start(spec, listener, ip);
    }

    /** As {@link #start(ContainerSpec, ContainerListener)} with a given private IP (an awsvpc ENI's address). */
    public RunningContainer start(ContainerSpec spec, ContainerListener listener, String ipAddress) {
        Container c = new Container(kernel, ids.hex(64), spec, listener == null ? ContainerListener.NONE : listener,
                ipAddress, interpreter);
        c.begin();
        return c;
    }
}
