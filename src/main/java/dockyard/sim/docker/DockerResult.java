package dockyard.sim.docker;

import java.util.List;

/**
 * What a docker command printed and its exit code.
 *
 * @param out      lines for standard output (no newlines)
 * @param err      lines for standard error (BuildKit progress, warnings, and the message of a failure)
 * @param exitCode the CLI's exit code
 */
public record DockerResult(List<String> out, List<String> err, int exitCode) {
    public DockerResult {
        out = List.copyOf(out);
        err = List.copyOf(err);
    }

    public static DockerResult ok(List<String> out) {
        return new DockerResult(out, List.of(), 0);
    }
}
