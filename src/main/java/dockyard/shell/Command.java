package dockyard.shell;

/** A command the sandbox knows: a builtin, {@code aws}, {@code docker} or {@code sim}. Returns the exit code. */
@FunctionalInterface
public interface Command {
    int run(Io io);
}
