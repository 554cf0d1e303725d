package dockyard.sim.docker;

/**
 * Runs one command line that the simulator cannot run by itself, such as {@code aws s3 cp ...} inside a
 * container. The shell implements it and installs it with {@code World.setCommandInterpreter}; {@code sim}
 * never depends on the shell. Must not advance simulated time (it runs inside a kernel event).
 */
@FunctionalInterface
public interface CommandInterpreter {
    /** The interpreter a world has before the shell installs one: {@code aws} is not available. */
    CommandInterpreter NONE = (line, env) -> new ExecResult("", "sh: 1: " + firstWord(line) + ": not found\n", 127);

    /** Runs {@code commandLine} (variables already expanded, one command, no shell operators) in {@code env}. */
    ExecResult run(String commandLine, ExecEnv env);

    private static String firstWord(String line) {
        String t = line.strip();
        int i = t.indexOf(' ');
        return i < 0 ? t : t.substring(0, i);
    }
}
