package dockyard.shell;

/** A failure the shell reports itself (bash's wording) with the exit code bash would give. */
final class ShellError extends Exception {
    private final int exit;

    ShellError(String message, int exit) {
        super(message, null, false, false);
        this.exit = exit;
    }

    int exit() {
        return exit;
    }
}
