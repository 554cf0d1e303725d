package dockyard.shell;

import java.util.List;
import java.util.Map;

/**
 * What one command sees when it runs: its arguments ({@code args.get(0)} is the command name), its standard input
 * (all of it, as text), where its output goes, the variables of its environment and the shell it runs in.
 */
public record Io(List<String> args, String stdin, Sink out, Sink err, Map<String, String> env, Shell shell) {
    /** Writes {@code text} and a newline to standard output. */
    public void println(String text) {
        out.write(text + "\n");
    }

    /** Writes {@code text} and a newline to standard error. */
    public void eprintln(String text) {
        err.write(text + "\n");
    }

    /** The environment variable, or {@code fallback} when unset or empty. */
    public String env(String name, String fallback) {
        String v = env.get(name);
        return v == null || v.isEmpty() ? fallback : v;
    }
}
