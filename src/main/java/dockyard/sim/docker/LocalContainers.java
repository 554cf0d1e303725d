package dockyard.sim.docker;

import dockyard.sim.Caller;
import dockyard.sim.Ids;
import dockyard.sim.Kernel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The containers of the learner's daemon: {@code docker run|ps|logs|stop|rm}. */
final class LocalContainers {
    /** Longest a foreground {@code docker run} waits for a batch container, in simulated ms; then it keeps running. */
    static final long FOREGROUND_WAIT_MILLIS = 10 * 60_000;
    private static final int LOG_LINES_KEPT = 10_000;

    /** One container as the daemon knows it. */
    static final class Entry {
        final String name;
        final String imageAsGiven;
        final Image image;
        final RunOptions options;
        final long created;
        final List<String> logs = new ArrayList<>();
        final List<int[]> ports = new ArrayList<>();
        RunningContainer container;
        String id;
        boolean startFailed;

        Entry(String name, String imageAsGiven, Image image, RunOptions options, long created) {
            this.name = name;
            this.imageAsGiven = imageAsGiven;
            this.image = image;
            this.options = options;
            this.created = created;
        }

        boolean running() { return container != null && container.running(); }
    }

    private final LocalDocker docker;
    private final Kernel kernel;
    private final ContainerRuntime runtime;
    private final Filesystem workspace;
    private final Ids ids;
    private final Map<String, Entry> byName = new LinkedHashMap<>();
    private final Map<String, Filesystem> volumes = new LinkedHashMap<>();

    LocalContainers(LocalDocker docker, Kernel kernel, ContainerRuntime runtime, Filesystem workspace, Ids ids) {
        this.docker = docker;
        this.kernel = kernel;
        this.runtime = runtime;
        this.workspace = workspace;
        this.ids = ids;
    }

    DockerResult run(RunOptions o) {
        List<String> err = new ArrayList<>();
        Image image;
        try {
            image = docker.pullForRun(o.image(), err);
        } catch (DockerException e) {
            err.add("docker: " + e.getMessage() + ".");
            err.add("See 'docker run --help'.");
            return new DockerResult(List.of(), err, 125);
        }
        String name = o.name() != null ? o.name() : generatedName();
        Entry existing = byName.get(name);
        if (existing != null) {
            return runError(err, "Error response from daemon: Conflict. The container name \"/" + name
                    + "\" is already in use by container \"" + existing.id + "\". You have to remove (or rename) that container to be able to reuse that name.");
        }
        Entry e = new Entry(name, o.image(), image, o, kernel.now());
        String problem = RunFlags.parsePorts(o.publish(), e.ports);
        if (problem != null) return runError(err, problem);
        for (int[] p : e.ports) {
            for (Entry other : byName.values()) {
                if (other.running() && other.ports.stream().anyMatch(q -> q[0] == p[0])) {
                    return runError(err, "Error response from daemon: driver failed programming external connectivity on endpoint " + name
                            + ": Bind for 0.0.0.0:" + p[0] + " failed: port is already allocated");
                }
            }
        }
        Map<String, String> env = new LinkedHashMap<>();
        for (String kv : o.env()) {
            int eq = kv.indexOf('=');
            if (eq > 0) env.put(kv.substring(0, eq), kv.substring(eq + 1));
        }
        PulledImage pulled = new PulledImage(o.image(), "", "", null, image.manifestDigest(), image.sizeBytes(), image);
        ContainerSpec spec = ContainerSpec.of(name, pulled).withEnvironment(env)
                .withLogSink(line -> {
                    e.logs.add(line);
                    if (e.logs.size() > LOG_LINES_KEPT) e.logs.remove(0);
                });
        if (o.entrypoint() != null) spec = spec.withEntryPoint(o.entrypoint().isEmpty() ? List.of() : List.of(o.entrypoint()));
        if (!o.command().isEmpty()) spec = spec.withCommand(o.command());
        if (o.workdir() != null) spec = spec.withWorkingDirectory(o.workdir());
        if (o.memory() != null) {
            int mib = RunFlags.memoryMiB(o.memory());
            if (mib < 0) return runError(err, "invalid argument \"" + o.memory() + "\" for \"-m, --memory\" flag: invalid size: '" + o.memory() + "'");
            if (mib < 6) return runError(err, "Error response from daemon: Minimum memory limit allowed is 6MB");
            spec = spec.withMemoryMiB(mib);
        }
        for (String v : o.volumes()) {
            String[] parts = v.split(":");
            if (parts.length < 2 || !parts[1].startsWith("/")) {
                return runError(err, "Error response from daemon: invalid volume specification: '" + v + "'");
            }
            Filesystem source;
            if (parts[0].startsWith("/") || parts[0].startsWith(".") || parts[0].startsWith("~")) {
                String host = FsPath.resolve(o.cwd(), parts[0].replaceFirst("^~", Workspace.HOME));
                if (!workspace.exists(host)) workspace.mkdirs(host);
                source = workspace.view(host);
            } else {
                source = volumes.computeIfAbsent(parts[0], k -> Filesystem.empty());
            }
            spec = spec.withMount(parts[1], source);
        }
        String region = env.getOrDefault("AWS_REGION", env.getOrDefault("AWS_DEFAULT_REGION", Caller.DEFAULT_REGION));
        boolean keys = env.containsKey("AWS_ACCESS_KEY_ID") && env.containsKey("AWS_SECRET_ACCESS_KEY");
        spec = spec.withAwsCredentials(keys ? Caller.admin(region) : null, region);
        byName.put(name, e);
        try {
            e.container = runtime.start(spec, (code, why) -> {
                if (o.remove()) byName.remove(name);
            });
            e.id = e.container.id();
        } catch (StartFailure f) {
            e.id = ids.hex(64);
            e.startFailed = true;
            if (o.remove()) byName.remove(name);
            err.add("docker: Error response from daemon: " + f.dockerMessage() + ".");
            err.add("See 'docker run --help'.");
            return new DockerResult(List.of(), err, f.exitCode());
        }
        if (o.detach()) return new DockerResult(List.of(e.id), err, 0);
        boolean server = isServer(e);
        if (!server) {
            kernel.settle();
            long waited = 0;
            while (e.container.running() && waited < FOREGROUND_WAIT_MILLIS) {
                kernel.advance(100);
                waited += 100;
            }
        }
        List<String> out = new ArrayList<>(e.logs);
        return new DockerResult(out, err, e.container.running() ? 0 : e.container.exitCode());
    }

    private static boolean isServer(Entry e) {
        return e.container instanceof Container c && c.isServer();
    }

    private DockerResult runError(List<String> err, String message) {
        err.add("docker: " + message + ".");
        err.add("See 'docker run --help'.");
        return new DockerResult(List.of(), err, 125);
    }

    List<Map<String, String>> psRows(boolean all) {
        return PsTable.rows(kernel.now(), new ArrayList<>(byName.values()), all);
    }

    DockerResult ps(boolean all) {
        return PsTable.ps(kernel.now(), new ArrayList<>(byName.values()), all);
    }

    DockerResult logs(String name) {
        Entry e = find(name);
        if (e == null) return LocalDocker.fail("Error response from daemon: No such container: " + name);
        return DockerResult.ok(e.logs);
    }

    DockerResult exec(String name, List<String> command) {
        Entry e = find(name);
        if (e == null) return LocalDocker.fail("Error response from daemon: No such container: " + name);
        if (!e.running()) return LocalDocker.fail("Error response from daemon: container " + e.id + " is not running");
        ExecResult r = e.container.exec(command);
        List<String> out = r.stdout().isEmpty() ? List.of() : List.of(r.stdout().replaceFirst("\n$", "").split("\n", -1));
        List<String> err = r.stderr().isEmpty() ? List.of() : List.of(r.stderr().replaceFirst("\n$", "").split("\n", -1));
        return new DockerResult(out, err, r.exitCode());
    }

    DockerResult stop(List<String> names, int timeoutSeconds) {
        return forEach(names, e -> {
            if (e.running()) {
                e.container.stop(timeoutSeconds * 1000L);
                long waited = 0;
                while (e.container.running() && waited <= timeoutSeconds * 1000L) {
                    kernel.advance(waited == 0 ? 0 : 100);
                    waited += 100;
                }
            }
            return null;
        });
    }

    DockerResult rm(List<String> names, boolean force) {
        return forEach(names, e -> {
            if (e.running()) {
                if (!force) {
                    return "Error response from daemon: cannot remove container \"/" + e.name
                            + "\": container is running: stop the container before removing or force remove";
                }
                e.container.kill();
                kernel.settle();
            }
            byName.remove(e.name);
            return null;
        });
    }

    /**
     * Runs {@code action} on each named container, as docker does for a list of names: each name that worked is
     * echoed on stdout, each failure (an unknown name, or the error the action returns) is a line on stderr, and the
     * exit code is 1 when any failed.
     */
    private DockerResult forEach(List<String> names, java.util.function.Function<Entry, String> action) {
        List<String> out = new ArrayList<>();
        List<String> err = new ArrayList<>();
        for (String n : names) {
            Entry e = find(n);
            String problem = e == null ? "Error response from daemon: No such container: " + n : action.apply(e);
            if (problem == null) out.add(n);
            else err.add(problem);
        }
        return new DockerResult(out, err, err.isEmpty() ? 0 : 1);
    }

    Entry find(String nameOrId) {
        Entry e = byName.get(nameOrId.startsWith("/") ? nameOrId.substring(1) : nameOrId);
        if (e != null) return e;
        if (nameOrId.length() < 1) return null;
        Entry hit = null;
        for (Entry c : byName.values()) {
            if (c.id != null && c.id.startsWith(nameOrId)) {
                if (hit != null) return null;
                hit = c;
            }
        }
        return hit;
    }

    /** The short ID of a container (running or stopped) using the image, or null. */
    String userOf(String imageId) {
        for (Entry e : byName.values()) if (e.image.id().equals(imageId)) return e.id.substring(0, 12);
        return null;
    }

    List<RunningContainer> all() {
        List<RunningContainer> out = new ArrayList<>();
        for (Entry e : byName.values()) if (e.container != null) out.add(e.container);
        return out;
    }

    List<Entry> entries() { return new ArrayList<>(byName.values()); }

    CommandInterpreter interpreter() { return runtime.interpreter(); }

    private String generatedName() {
        while (true) {
            String n = Names.LEFT[ids.nextInt(Names.LEFT.length)] + "_" + Names.RIGHT[ids.nextInt(Names.RIGHT.length)];
            if (!byName.containsKey(n)) return n;
        }
    }
}
