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
            pending = kernel.schedule(stop.pauseMillis(), () -> step(false));
        }
    }

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
        return ready && behaviour instanceof Behaviour.Server s ? s.ports() : List.of();
    }

    @Override public String ipAddress() { return ip; }

    /** Whether the process is a long-running server (it does not end by itself). */
    boolean isServer() { return behaviour instanceof Behaviour.Server; }

    @Override public Filesystem filesystem() { return fs; }
}
