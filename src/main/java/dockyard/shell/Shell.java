package dockyard.shell;

import dockyard.sim.docker.FsPath;
import dockyard.shell.parse.Ast.Script;
import dockyard.shell.parse.ParseException;
import dockyard.shell.parse.Parser;
import dockyard.sim.World;
import dockyard.sim.docker.Filesystem;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The sandbox shell: runs one command line at a time against a {@link World}, the way bash would for what
 * learners type, and keeps the session's variables, current directory and last exit code. Deterministic: the
 * same lines on a fresh {@code World(seed)} give byte-identical results. Not thread-safe (one per sandbox).
 */
public final class Shell {
    /** Longest command line accepted, in UTF-8 bytes (64 KiB). */
    public static final int MAX_COMMAND_BYTES = 64 * 1024;
    static final String HOME = "/home/learner";

    private final World world;
    private final Map<String, Command> commands;
    private final Interpreter interpreter = new Interpreter(this);
    private State state;

    /** A shell for {@code world}, starting in {@code /home/learner} with no variables set. */
    public Shell(World world) {
        this.world = world;
        this.commands = CommandTable.all(this);
        TreeMap<String, String> vars = new TreeMap<>();
        vars.put("HOME", HOME);
        vars.put("USER", "learner");
        vars.put("SHELL", "/bin/bash");
        vars.put("PATH", "/usr/local/bin:/usr/bin:/bin");
        this.state = new State(vars, new TreeSet<>(vars.keySet()), HOME, 0);
        world.setCommandInterpreter(new ContainerCommands(world));
        world.workspace().mkdirs(HOME);
        world.workspace().mkdirs("/tmp");
    }

    public World world() {
        return world;
    }

    /** Runs one command line (which may span lines: heredocs, continuations) and returns what it printed. */
    public CommandResult run(String line) {
        return run(line, Sink.NULL, Sink.NULL);
    }

    /**
     * Runs one command line, also streaming what it prints, in order, to {@code liveOut} and {@code liveErr}
     * (the headless runner's terminal).
     */
    public CommandResult run(String line, Sink liveOut, Sink liveErr) {
        Terminal t = new Terminal(liveOut, liveErr);
        int exit;
        int bytes = line.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_COMMAND_BYTES) {
            t.err.write("dockyard: command too long: " + bytes + " bytes (at most " + MAX_COMMAND_BYTES + " bytes per command)\n");
            exit = 2;
        } else {
            exit = execute(line, "", t.out, t.err);
        }
        state.lastExit = exit;
        return new CommandResult(line, exit, t.stdout.toString(), t.stderr.toString(), t.display.toString());
    }

    /** Parses and runs {@code line} with the given input and output; returns the exit code. */
    int execute(String line, String stdin, Sink out, Sink err) {
        Script script;
        try {
            script = Parser.parse(line);
        } catch (ParseException e) {
            err.write(e.getMessage() + "\n");
            state.lastExit = 2;
            return 2;
        }
        return interpreter.run(script, stdin, out, err);
    }

    int dispatch(Io io) {
        String name = io.args().get(0);
        Command c = commands.get(name);
        if (c == null) {
            io.eprintln(name.contains("/") ? "bash: " + name + ": No such file or directory" : "bash: " + name + ": command not found");
            return 127;
        }
        return c.run(io);
    }

    /** The names of the commands this shell knows, sorted. */
    public Set<String> commandNames() {
        return new TreeSet<>(commands.keySet());
    }

    // --- state ---

    /** The current directory, an absolute path. */
    public String cwd() {
        return state.cwd;
    }

    void cd(String absolute) {
        state.cwd = absolute;
    }

    public String home() {
        return HOME;
    }

    public int lastExit() {
        return state.lastExit;
    }

    void setLastExit(int exit) {
        state.lastExit = exit;
    }

    /** A variable's value, the special parameters ({@code $?}, {@code $$}, {@code $PWD}) included; null when unset. */
    public String lookup(String name) {
        return switch (name) {
            case "?" -> String.valueOf(state.lastExit);
            case "$" -> "4242";
            case "#" -> "0";
            case "0" -> "bash";
            case "PWD" -> state.cwd;
            default -> state.vars.get(name);
        };
    }

    public void setVariable(String name, String value) {
        state.vars.put(name, value);
    }

    void export(String name) {
        state.exported.add(name);
    }

    void unset(String name) {
        state.vars.remove(name);
        state.exported.remove(name);
    }

    /** The exported variables (what {@code env} prints and commands such as {@code aws} read), sorted. */
    Map<String, String> environment() {
        Map<String, String> env = new TreeMap<>();
        for (String n : state.exported) {
            String v = state.vars.get(n);
            if (v != null) env.put(n, v);
        }
        env.put("PWD", state.cwd);
        return env;
    }

    Map<String, String> variables() {
        return new TreeMap<>(state.vars);
    }

    /** The learner's files: the world's workspace. */
    Filesystem files() {
        return world.workspace();
    }

    /** A workspace file's text by the path the learner typed, relative to the current directory. */
    public Optional<String> readFile(String path) {
        String abs = absolute(path);
        return files().isDirectory(abs) ? Optional.empty() : files().read(abs);
    }

    /** Creates or replaces a workspace file by the path the learner typed. */
    public void writeFile(String path, String text) {
        files().write(absolute(path), text);
    }

    /** {@code path} made absolute against the current directory. */
    String absolute(String path) {
        return FsPath.resolve(state.cwd, path);
    }

    State save() {
        return new State(new TreeMap<>(state.vars), new TreeSet<>(state.exported), state.cwd, state.lastExit);
    }

    void restore(State saved) {
        this.state = saved;
    }

    /** The part of the session a subshell copies: variables, exported names, directory, last exit code. */
    static final class State {
        private final TreeMap<String, String> vars;
        private final TreeSet<String> exported;
        private String cwd;
        private int lastExit;

        State(TreeMap<String, String> vars, TreeSet<String> exported, String cwd, int lastExit) {
            this.vars = vars;
            this.exported = exported;
            this.cwd = cwd;
            this.lastExit = lastExit;
        }
    }

    /** The top-level output: standard output and error apart, and interleaved as a terminal shows them. */
    private static final class Terminal {
        final StringBuilder stdout = new StringBuilder();
        final StringBuilder stderr = new StringBuilder();
        final StringBuilder display = new StringBuilder();
        final Sink out;
        final Sink err;

        Terminal(Sink liveOut, Sink liveErr) {
            out = s -> {
                stdout.append(s);
                display.append(s);
                liveOut.write(s);
            };
            err = s -> {
                stderr.append(s);
                display.append(s);
                liveErr.write(s);
            };
        }
    }
}
