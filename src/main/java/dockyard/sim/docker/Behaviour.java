package dockyard.sim.docker;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * What a container's process does, as recognised from its command line and files (see
 * {@code docs/container-behaviours.md}).
 */
sealed interface Behaviour {
    /** Megabytes of memory the process needs at rest; below that limit it is killed (137, out of memory). */
    int baselineMiB();

    /**
     * A long-running server.
     *
     * @param startup    lines it prints on start, given the start instant
     * @param readyDelay simulated ms after start when its ports accept connections
     * @param ports      TCP ports it listens on
     * @param termExit   exit code on SIGTERM (or its STOPSIGNAL), or -1 when it ignores it (PID 1 without a handler)
     * @param shutdown   lines it prints when it handles the stop signal
     * @param localOnly  true when bound to 127.0.0.1: reachable from inside the container only
     */
    record Server(Function<Instant, List<String>> startup, long readyDelay, List<Integer> ports, int termExit,
                  Function<Instant, List<String>> shutdown, int baselineMiB, boolean localOnly) implements Behaviour {
        Server(Function<Instant, List<String>> startup, long readyDelay, List<Integer> ports, int termExit,
               Function<Instant, List<String>> shutdown, int baselineMiB) {
            this(startup, readyDelay, ports, termExit, shutdown, baselineMiB, false);
        }
    }

    /** A shell script (or one exec-form command) run step by step; {@code sh} as PID 1 ignores SIGTERM. */
    record Script(ShScript script, int baselineMiB) implements Behaviour {
    }

    /** A program that prints some lines and ends at once with an exit code (a batch job, or a start-up error). */
    record Batch(Function<Instant, List<String>> lines, int exitCode, int baselineMiB) implements Behaviour {
    }
}
