package dockyard.sim.docker;

import dockyard.sim.Caller;

import java.util.Map;

/**
 * Where a command runs inside a container.
 *
 * @param filesystem  the container's root file system with its mounts (relative paths resolve from {@code cwd})
 * @param cwd         the current directory, absolute
 * @param environment the process environment (e.g. {@code AWS_REGION}, {@code BUCKET})
 * @param credentials the AWS identity the container's SDKs and CLI get (task role, instance role), or null
 *                    when there are none: the AWS CLI then prints {@code Unable to locate credentials. ...}
 *                    and exits 253
 * @param region      the region the container runs in (the AWS CLI's default region inside it)
 * @param stdin       what the command reads on standard input ({@code ""} when nothing)
 */
public record ExecEnv(Filesystem filesystem, String cwd, Map<String, String> environment, Caller credentials,
                      String region, String stdin) {
    public ExecEnv {
        environment = Map.copyOf(environment);
        stdin = stdin == null ? "" : stdin;
    }
}
