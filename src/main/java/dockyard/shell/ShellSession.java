package dockyard.shell;

import dockyard.sim.World;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A sandbox session without storage: a {@link World} built from a seed and the {@link Shell} that drives it, with
 * every command run so far and its result. This is the replay unit of event-sourced sandboxes: the same seed and
 * the same command log always rebuild the same state and print the same bytes.
 */
public final class ShellSession {
    private final long seed;
    private final World world;
    private final Shell shell;
    private final List<CommandResult> results = new ArrayList<>();

    /** A fresh world from {@code seed} and a shell on it (which also runs {@code aws} inside its containers). */
    public ShellSession(long seed) {
        this.seed = seed;
        this.world = new World(seed);
        this.shell = new Shell(world);
    }

    /** Rebuilds a session by running {@code commands} in order on a fresh {@code World(seed)}. */
    public static ShellSession replay(long seed, List<String> commands) {
        ShellSession s = new ShellSession(seed);
        for (String c : commands) s.run(c);
        return s;
    }

    public CommandResult run(String command) {
        CommandResult r = shell.run(command);
        results.add(r);
        return r;
    }

    public CommandResult run(String command, Sink liveOut, Sink liveErr) {
        CommandResult r = shell.run(command, liveOut, liveErr);
        results.add(r);
        return r;
    }

    public long seed() {
        return seed;
    }

    public World world() {
        return world;
    }

    public Shell shell() {
        return shell;
    }

    /** Every command run so far with its result, oldest first. */
    public List<CommandResult> results() {
        return Collections.unmodifiableList(results);
    }

    /** The command log, what a sandbox stores to rebuild this session. */
    public List<String> log() {
        return results.stream().map(CommandResult::command).toList();
    }
}
