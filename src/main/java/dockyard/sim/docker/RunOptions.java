package dockyard.sim.docker;

import java.util.List;

/**
 * The options of {@code docker run} the simulator supports.
 *
 * @param image      image reference or ID
 * @param name       {@code --name}, or null for a generated name
 * @param detach     {@code -d}
 * @param remove     {@code --rm}
 * @param env        {@code -e KEY=value} entries
 * @param publish    {@code -p} specs: {@code 8080:80}, {@code 127.0.0.1:8080:80}, {@code 80}, {@code 53:53/udp}
 * @param volumes    {@code -v} specs: {@code ./data:/data}, {@code /home/learner/x:/x:ro}, {@code myvol:/data}
 * @param entrypoint {@code --entrypoint}, or null
 * @param command    arguments after the image (replacing CMD), or null/empty for the image's CMD
 * @param workdir    {@code -w}, or null
 * @param memory     {@code -m} such as {@code 512m} or {@code 1g}, or null
 * @param cwd        the shell's current directory, against which relative bind-mount paths resolve
 */
public record RunOptions(String image, String name, boolean detach, boolean remove, List<String> env, List<String> publish,
                         List<String> volumes, String entrypoint, List<String> command, String workdir, String memory,
                         String cwd) {
    public RunOptions {
        env = env == null ? List.of() : List.copyOf(env);
        publish = publish == null ? List.of() : List.copyOf(publish);
        volumes = volumes == null ? List.of() : List.copyOf(volumes);
        command = command == null ? List.of() : List.copyOf(command);
        cwd = cwd == null ? Workspace.HOME : cwd;
    }

    /** {@code docker run [-d] IMAGE [COMMAND...]} with no other options. */
    public static RunOptions of(String image, boolean detach, List<String> command) {
        return new RunOptions(image, null, detach, false, List.of(), List.of(), List.of(), null, command, null, null, null);
    }
}
