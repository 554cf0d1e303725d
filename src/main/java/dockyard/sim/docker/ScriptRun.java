package dockyard.sim.docker;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One run of an {@link ShScript} in a {@link ShellState}, step by step: {@link #resume()} runs instructions until
 * the script sleeps (a pause in simulated milliseconds) or ends (its exit code). A script that loops without
 * sleeping is paused for a simulated second every {@value #STEPS_PER_SLICE} steps, so it cannot stall the kernel.
 */
final class ScriptRun {
    static final int STEPS_PER_SLICE = 1000;

    /**
     * Where {@link #resume()} stopped: a pause ({@code exited == false}) or the end with an exit code; {@code busy} when
     * the pause was forced because the script ran {@value #STEPS_PER_SLICE} steps without sleeping.
     */
    record Stop(boolean exited, long pauseMillis, int exitCode, boolean busy) {
        Stop(boolean exited, long pauseMillis, int exitCode) {
            this(exited, pauseMillis, exitCode, false);
        }
    }

    private final ShScript script;
    private final ShellState state;
    private final Consumer<String> output;
    private int pc;

    ScriptRun(ShScript script, ShellState state, Consumer<String> output) {
        this.script = script;
        this.state = state;
        this.output = output;
    }

    Stop resume() {
        List<ShScript.Ins> code = script.code();
        int steps = 0;
        while (pc < code.size()) {
            if (++steps > STEPS_PER_SLICE) return new Stop(false, 1000, 0, true);
            ShScript.Ins ins = code.get(pc);
            if (ins instanceof ShScript.Jump j) {
                pc = j.target();
            } else if (ins instanceof ShScript.JumpIfFail j) {
                pc = state.status != 0 ? j.target() : pc + 1;
            } else if (ins instanceof ShScript.JumpIfOk j) {
                pc = state.status == 0 ? j.target() : pc + 1;
            } else if (ins instanceof ShScript.SetVar s) {
                state.vars.put(s.name(), Expander.expand(s.value(), state, this::capture));
                pc++;
            } else if (ins instanceof ShScript.Command c) {
                pc++;
                Builtins.Outcome o = execute(c, "");
                if (o.exit()) return new Stop(true, 0, o.status());
                if (o.sleepMillis() > 0) return new Stop(false, o.sleepMillis(), 0);
            } else if (ins instanceof ShScript.Pipe p) {
                pc++;
                String in = "";
                for (int i = 0; i < p.stages().size(); i++) {
                    Builtins.Outcome o = run(p.stages().get(i), in, i < p.stages().size() - 1);
                    in = o.out();
                }
            }
        }
        return new Stop(true, 0, state.status);
    }

    /** Runs one command; its output goes to the container's output (or a redirection). */
    private Builtins.Outcome execute(ShScript.Command c, String stdin) {
        return run(c, stdin, false);
    }

    private Builtins.Outcome run(ShScript.Command c, String stdin, boolean captureOut) {
        List<String> argv = new ArrayList<>();
        for (ShScript.Word w : c.words()) argv.add(Expander.expand(w, state, this::capture));
        // Leading NAME=value words are assignments.
        while (!argv.isEmpty() && isAssignment(argv.get(0))) {
            String a = argv.remove(0);
            int eq = a.indexOf('=');
            state.vars.put(a.substring(0, eq), a.substring(eq + 1));
        }
        String outFile = null;
        boolean append = false;
        String errFile = null;
        boolean errAppend = false;
        boolean errToOut = false;
        boolean outToErr = false;
        for (ShScript.Redirect r : c.redirects()) {
            String target = r.target() == null ? null : FsPath.resolve(state.cwd, Expander.expand(r.target(), state, this::capture));
            switch (r.op()) {
                case ">", ">>" -> {
                    if (state.fs.isDirectory(target)) return fail("cannot create " + target + ": Is a directory", 2);
                    if (!state.fs.isDirectory(FsPath.parent(target))) {
                        return fail("cannot create " + target + ": Directory nonexistent", 2);
                    }
                    outFile = target;
                    append = r.op().equals(">>");
                    if (!append) state.fs.write(target, "");
                }
                case "2>", "2>>" -> {
                    if (state.fs.isDirectory(target)) return fail("cannot create " + target + ": Is a directory", 2);
                    if (!state.fs.isDirectory(FsPath.parent(target))) {
                        return fail("cannot create " + target + ": Directory nonexistent", 2);
                    }
                    errFile = target;
                    errAppend = r.op().equals("2>>");
                    if (!errAppend) state.fs.write(target, "");
                }
                case "<" -> {
                    if (!state.fs.isFile(target)) return fail("cannot open " + target + ": No such file", 2);
                    stdin = state.fs.read(target).orElse("");
                }
                case "2>&1" -> errToOut = true;
                case ">&2" -> outToErr = true;
                default -> throw new IllegalStateException(r.op());
            }
        }
        Builtins.Outcome o = argv.isEmpty() ? new Builtins.Outcome("", "", 0, 0, false)
                : Builtins.run(argv, stdin, state, this::capture);
        state.status = o.status();
        String out = o.out();
        String err = o.err();
        if (outToErr) {
            err = out + err;
            out = "";
        }
        if (errToOut) {
            out = out + err;
            err = "";
        }
        if (outFile != null) {
            state.fs.append(outFile, out);
            out = "";
        }
        if (errFile != null) {
            state.fs.append(errFile, err);
            err = "";
        }
        if (!captureOut && !out.isEmpty()) output.accept(out);
        if (!err.isEmpty()) output.accept(err);
        return captureOut ? o : new Builtins.Outcome("", "", o.status(), o.sleepMillis(), o.exit());
    }

    private Builtins.Outcome fail(String message, int status) {
        state.status = status;
        output.accept(state.shName() + ": " + message + "\n");
        return new Builtins.Outcome("", "", status, 0, false);
    }

    /** {@code $(...)}: runs a script to the end at once and returns its standard output. */
    private String capture(String source) {
        ShScript inner;
        try {
            inner = ShScript.parse(source);
        } catch (ShScript.SyntaxError e) {
            output.accept(state.shName() + ": " + e.getMessage() + "\n");
            return "";
        }
        StringBuilder out = new StringBuilder();
        ShellState sub = state;
        int saved = sub.status;
        ScriptRun r = new ScriptRun(inner, sub, out::append);
        r.resume();
        sub.status = saved;
        return out.toString();
    }

    static boolean isAssignment(String word) {
        int eq = word.indexOf('=');
        if (eq <= 0) return false;
        for (int i = 0; i < eq; i++) {
            char ch = word.charAt(i);
            if (!(Character.isLetterOrDigit(ch) || ch == '_') || (i == 0 && Character.isDigit(ch))) return false;
        }
        return true;
    }
}
