package dockyard.shell.aws;

/**
 * A failure the AWS CLI reports itself: the text it prints on standard error and its exit code (252 bad command
 * line, 253 no credentials, 254 service error, 255 anything else).
 */
final class CliError extends Exception {
    private final int exit;

    CliError(String message, int exit) {
        super(message, null, false, false);
        this.exit = exit;
    }

    int exit() {
        return exit;
    }

    static CliError usage(String message) {
        return new CliError(message, 252);
    }
}
