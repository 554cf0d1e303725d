package dockyard.learn.sandbox;

/**
 * One command of a sandbox's log as the console shows it: its number, the line, its exit code and what the
 * terminal showed (standard output and error interleaved, cut at {@link Sandboxes#MAX_OUTPUT_CHARS}).
 * Setup commands ran before the learner started and are neither undone nor reset.
 */
public record Entry(int seq, String line, int exit, String output, boolean setup) {
    public boolean failed() { return exit != 0; }
}
