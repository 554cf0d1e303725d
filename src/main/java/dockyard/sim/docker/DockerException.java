package dockyard.sim.docker;

/**
 * A failed docker command: the message exactly as the Docker CLI prints it on stderr (without a trailing newline)
 * and the CLI's exit code (1 for most errors, 125 for {@code docker run} errors before the container starts).
 */
public final class DockerException extends RuntimeException {
    private final int exitCode;

    public DockerException(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    public int exitCode() { return exitCode; }

    /** The same message with another exit code (e.g. 125 when it happens inside {@code docker run}). */
    public DockerException withExitCode(int code) {
        return new DockerException(getMessage(), code);
    }
}
