package dockyard.sim.docker;

/**
 * What a command printed and how it ended.
 *
 * @param stdout   standard output text (lines end with {@code \n})
 * @param stderr   standard error text
 * @param exitCode 0 for success; the AWS CLI uses 252–255, 127 means "command not found"
 */
public record ExecResult(String stdout, String stderr, int exitCode) {
    public ExecResult {
        stdout = stdout == null ? "" : stdout;
        stderr = stderr == null ? "" : stderr;
    }
}
