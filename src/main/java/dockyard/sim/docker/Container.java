package dockyard.sim.docker;

import dockyard.sim.Kernel;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** A {@link RunningContainer}: the process's state machine, driven by kernel events. */
final class Container implements RunningContainer {
    static final String OOM_REASON = "OutOfMemoryError: Container killed due to memory usage";

    private final Kernel kernel;
    private final String id;
    private final ContainerSpec spec;
    private final ContainerListener listener;
    private final String ip;
    private final Filesystem fs;
    private final Behaviour behaviour;
    private final ShellState shell;
    private final long startedAt;
    private ScriptRun script;
    private Kernel.Scheduled pending;
    private Kernel.Scheduled oom;
    private boolean ready;
    private boolean stopping;
    private Integer exitCode;
    private String reason;
    private boolean oomKilled;
    private long finishedAt = -1;

    Container(Kernel kernel, String id, ContainerSpec spec, ContainerListener listener, String ip,
              Supplier<CommandInterpreter> interpreter) {
        this.kernel = kernel;
        this.id = id;
        this.spec = spec;
        this.listener = listener;
        this.ip = ip;
        this.startedAt = kernel.now();
        this.fs = spec.image().rootFs().overlay();
        for (Map.Entry<String, Filesystem> m : spec.mounts().entrySet()) fs.mount(m.getKey(), m.getValue(), "/");
        Map<String, String> env = spec.fullEnvironment();
        env.putIfAbsent("HOSTNAME", id.substring(0, 12));
        env.putIfAbsent("HOME", "/root");
        String wd = spec.workingDirectory() != null ? spec.workingDirectory() : spec.image().config().workingDir();
        String cwd = wd == null || wd.isEmpty() ? "/" : wd;
        if (!fs.isDirectory(cwd)) fs.mkdirs(cwd);
        this.behaviour = Behaviours.recognise(spec.process(), fs, env, cwd, ip);
        this.shell = new ShellState(fs, cwd, env, spec.awsCredentials(), spec.region(), interpreter.get(),
                kernel::instant, id.substring(0, 12));
        this.shell.http = this::serve;
        List<String> p = spec.process();
        this.shell.argv0 = p.size() > 1 && p.get(1).equals("-c") ? p.get(0) : "sh";
    }

    /** What the container's own server answers to {@code GET path} on {@code port}, or null when nothing listens. */
    private HttpTarget.Response serve(String host, int port, String path) {
        boolean self = List.of("localhost", "127.0.0.1", "0.0.0.0", ip, id.substring(0, 12)).contains(host);
        if (!self || exitCode != null || !localPorts().contains(port)) return null;
        String cmd = String.join(" ", spec.process());
        String root = cmd.contains("nginx") ? "/usr/share/nginx/html" : cmd.contains("httpd") ? "/usr/local/apache2/htdocs"
                : cmd.contains("http.server") ? shell.cwd : null;
        if (root == null) return new HttpTarget.Response(200, "");
        String file = FsPath.resolve(root, "." + path.replaceFirst("[?#].*", ""));
        if (fs.isDirectory(file)) file = file + "/index.html";
        if (!fs.isFile(file)) {
            return new HttpTarget.Response(404, "<html>\n<head><title>404 Not Found</title></head>\n<body>\n<center><h1>404 Not Found</h1></center>\n</body>\n</html>\n");
        }
        return new HttpTarget.Response(200, fs.read(file).orElse(""));
    }

    @Override
    public ExecResult exec(List<String> command) {
        if (exitCode != null) return new ExecResult("", "Error response from daemon: container " + id + " is not running\n", 1);
        List<String> argv = command;
        if (!argv.isEmpty() && argv.get(0).equals("CMD")) argv = argv.subList(1, argv.size());
        else if (argv.size() == 2 && argv.get(0).equals("CMD-SHELL")) argv = List.of("/bin/sh", "-c", argv.get(1));
        if (argv.isEmpty()) return new ExecResult("", "", 0);
        ShellState st = new ShellState(fs, shell.cwd, shell.vars, spec.awsCredentials(), spec.region(), shell.interpreter,
                kernel::instant, id.substring(0, 12));
        st.http = this::serve;
        ShScript script;
        try {
            boolean viaShell = argv.size() >= 3 && Behaviours.base(argv.get(0)).matches("sh|bash|ash|dash") && argv.get(1).equals("-c");
            if (viaShell && !st.hasExecutable(argv.get(0))) {
                return new ExecResult("", "OCI runtime exec failed: exec failed: unable to start container process: exec: \"" + argv.get(0)
                        + "\": executable file not found in $PATH: unknown\n", 127);
            }
            if (viaShell) st.argv0 = argv.get(0);
            script = viaShell ? ShScript.parse(argv.get(2)) : ShScript.ofArgv(argv);
        } catch (ShScript.SyntaxError e) {
            return new ExecResult("", st.shName() + ": " + e.getMessage() + "\n", 2);
        }
        StringBuilder out = new StringBuilder();
        ScriptRun run = new ScriptRun(script, st, out::append);
        ScriptRun.Stop stop = run.resume();
        for (int i = 0; i < 100 && !stop.exited(); i++) stop = run.resume();
        return new ExecResult(out.toString(), "", stop.exited() ? stop.exitCode() : 0);
    }

    void begin() {
        if (behaviour instanceof Behaviour.Server s) {
            emitLines(s.startup().apply(kernel.instant()));
            pending = kernel.schedule(s.readyDelay(), () -> ready = true);
        } else if (behaviour instanceof Behaviour.Batch b) {
            emitLines(b.lines().apply(kernel.instant()));
            pending = kernel.schedule(0, () -> finish(b.exitCode(), ""));
        } else if (behaviour instanceof Behaviour.Script s) {
            script = new ScriptRun(s.script(), shell, this::emitText);
            step(true);
        }
        if (spec.memoryMiB() > 0 && spec.memoryMiB() < behaviour.baselineMiB()) {
            oom = kernel.schedule(100, () -> {
                oomKilled = true;
                finish(137, OOM_REASON);
            });
        }
    }

    private void step(boolean synchronous) {
        ScriptRun.Stop stop = script.resume();
        if (stop.exited()) {
            if (synchronous) pending = kernel.schedule(0, () -> finish(stop.exitCode(), ""));
            else finish(stop.exitCode(), "");
        } else if (stop.pauseMillis() < Kernel.MAX_ADVANCE_MILLIS * 52) {
            pending = kernel.schedule(throttle(stop), () -> step(false));
        }
    }

    /**
     * Keeps a looping script from flooding the kernel: a loop that never sleeps waits 1 s, then 2 s, 4 s, … up to an
     * hour between slices; one that sleeps less than a second runs at most {@value #WAKES_PER_SECOND} times per
     * simulated second.
     */
    private long throttle(ScriptRun.Stop stop) {
        long now = kernel.now();
        if (stop.busy()) {
            busyStreak = Math.min(busyStreak + 1, 12);
            return Math.min(3_600_000L, 1000L << (busyStreak - 1));
        }
        busyStreak = 0;
        if (now - windowStart >= 1000) {
            windowStart = now;
            wakes = 0;
        }
        if (++wakes > WAKES_PER_SECOND) return Math.max(stop.pauseMillis(), windowStart + 1000 - now);
        return stop.pauseMillis();
    }

    static final int WAKES_PER_SECOND = 10;
    private int busyStreak;
    private long windowStart;
    private int wakes;

    private void emitText(String text) {
        String t = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        for (String line : t.split("\n", -1)) spec.logSink().accept(line);
    }

    private void emitLines(List<String> lines) {
        for (String l : lines) spec.logSink().accept(l);
    }

    private void finish(int code, String why) {
        if (exitCode != null) return;
        if (pending != null) pending.cancel();
        if (oom != null) oom.cancel();
        exitCode = code;
        reason = why;
        finishedAt = kernel.now();
        ready = false;
        listener.exited(code, why);
    }

    @Override
    public void stop(long stopTimeoutMillis) {
        if (exitCode != null || stopping) return;
        stopping = true;
        if (behaviour instanceof Behaviour.Server s && s.termExit() >= 0) {
            kernel.schedule(0, () -> {
                if (exitCode != null) return;
                emitLines(s.shutdown().apply(kernel.instant()));
                finish(s.termExit(), "");
            });
        } else {
            kernel.schedule(Math.max(0, stopTimeoutMillis), () -> finish(137, ""));
        }
    }

    @Override
    public void kill() {
        if (exitCode == null) kernel.schedule(0, () -> finish(137, ""));
    }

    @Override public String id() { return id; }

    @Override public String name() { return spec.name(); }

    @Override public ContainerSpec spec() { return spec; }

    @Override public boolean running() { return exitCode == null; }

    @Override public Integer exitCode() { return exitCode; }

    @Override public String reason() { return reason; }

    @Override public boolean oomKilled() { return oomKilled; }

    @Override public long startedAt() { return startedAt; }

    @Override public long finishedAt() { return finishedAt; }

    @Override
    public List<Integer> listeningPorts() {
        return ready && behaviour instanceof Behaviour.Server s && !s.localOnly() ? s.ports() : List.of();
    }

    /** Ports reachable from inside the container (including those bound to 127.0.0.1). */
    List<Integer> localPorts() {
        return ready && behaviour instanceof Behaviour.Server s ? s.ports() : List.of();
    }

    @Override public String ipAddress() { return ip; }

    /** Whether the process is a long-running server (it does not end by itself). */
    boolean isServer() { return behaviour instanceof Behaviour.Server; }

    @Override public Filesystem filesystem() { return fs; }
}
