package dockyard.shell;

/**
 * The outcome of one command line: its text, exit code, what it wrote to standard output and standard error, and
 * both interleaved in the order a terminal would have shown them.
 */
public record CommandResult(String command, int exit, String stdout, String stderr, String terminal) {
}
