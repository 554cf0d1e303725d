package dockyard.sim.docker;

import dockyard.sim.Caller;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The state a script runs in inside a container: its file system, current directory, variables (the process
 * environment plus shell variables), AWS identity and clock. Mutable; owned by one running script.
 */
final class ShellState {
    final Filesystem fs;
    final Map<String, String> vars;
    final Caller credentials;
    final String region;
    final CommandInterpreter interpreter;
    final java.util.function.Supplier<Instant> clock;
    final String hostname;
    /** Whether the shell is busybox/ash (Alpine, BusyBox) rather than dash: messages differ slightly. */
    final boolean busybox;
    String cwd;
    int status;
    /** Where {@code curl}/{@code wget} connect (the container's own servers). */
    HttpTarget http = HttpTarget.NONE;

    ShellState(Filesystem fs, String cwd, Map<String, String> env, Caller credentials, String region,
               CommandInterpreter interpreter, java.util.function.Supplier<Instant> clock, String hostname) {
        this.fs = fs;
        this.cwd = cwd == null || cwd.isEmpty() ? "/" : cwd;
        this.vars = new LinkedHashMap<>(env);
        this.credentials = credentials;
        this.region = region;
        this.interpreter = interpreter;
        this.clock = clock;
        this.hostname = hostname;
        this.busybox = fs.exists("/bin/busybox");
    }

    /** The shell's {@code $0} as started ({@code sh}, {@code /bin/sh}), for its error messages. */
    String argv0 = "sh";

    /** How {@code sh} names itself in error messages: {@code /bin/sh: 1} (dash), {@code /bin/sh} (busybox ash). */
    String shName() {
        return busybox ? argv0 : argv0 + ": 1";
    }

    boolean hasExecutable(String name) {
        if (name.contains("/")) return fs.isFile(FsPath.resolve(cwd, name));
        String path = vars.getOrDefault("PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin");
        for (String dir : path.split(":")) {
            if (!dir.isEmpty() && fs.isFile(dir + "/" + name)) return true;
        }
        return false;
    }
}
