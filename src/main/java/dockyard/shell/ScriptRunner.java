package dockyard.shell;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dockyard.shell.parse.ScriptSplitter;

import java.io.PrintStream;
import java.io.UncheckedIOException;

/**
 * The headless runner behind {@code java -jar dockyard.jar sim [--seed N] [--jsonl] FILE}: splits a script into
 * commands as a sandbox would ({@link ScriptSplitter}), runs each on one session, carrying on after failures.
 * Plain mode prints what a terminal would show; JSONL mode prints one object per command:
 * {@code {"command": …, "exit": …, "stdout": …, "stderr": …}}.
 */
public final class ScriptRunner {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ScriptRunner() {
    }

    /** Runs {@code script}; returns the exit code of the last command (0 for an empty script). */
    public static int run(String script, long seed, boolean jsonl, PrintStream out, PrintStream err) {
        ShellSession session = new ShellSession(seed);
        int last = 0;
        for (String command : ScriptSplitter.split(script)) {
            CommandResult r;
            if (jsonl) {
                r = session.run(command);
                out.print(jsonLine(r));
            } else {
                r = session.run(command, s -> out.print(s), s -> err.print(s));
            }
            out.flush();
            err.flush();
            last = r.exit();
        }
        return last;
    }

    /** One JSONL record, keys in the pinned order. */
    public static String jsonLine(CommandResult r) {
        return "{\"command\": " + str(r.command()) + ", \"exit\": " + r.exit() + ", \"stdout\": " + str(r.stdout())
                + ", \"stderr\": " + str(r.stderr()) + "}\n";
    }

    private static String str(String s) {
        try {
            return JSON.writeValueAsString(s);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
