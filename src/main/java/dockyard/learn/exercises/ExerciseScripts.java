package dockyard.learn.exercises;

import dockyard.content.exercise.Exercise;
import dockyard.shell.CommandResult;
import dockyard.shell.ShellSession;
import dockyard.shell.parse.ScriptSplitter;

import java.util.ArrayList;
import java.util.List;

/**
 * An exercise's setup and reference solution as the command lines a sandbox runs, split the way the headless
 * runner splits a script (a heredoc or a continued line is one command; comments and blank lines dropped).
 */
public final class ExerciseScripts {
    private ExerciseScripts() {
    }

    /** The setup's commands, run before the learner starts (may be none). */
    public static List<String> setup(Exercise e) {
        return ScriptSplitter.split(e.setup());
    }

    /** The reference solution's commands, run after the setup. */
    public static List<String> solution(Exercise e) {
        return ScriptSplitter.split(e.solution());
    }

    /** A fresh session from {@code seed} with the setup run (each command's result kept in the session). */
    public static ShellSession setUp(Exercise e, long seed) {
        return ShellSession.replay(seed, setup(e));
    }

    /** The setup commands that failed (exit code not 0) in {@code session}, with what they printed on stderr. */
    public static List<String> failures(ShellSession session) {
        List<String> out = new ArrayList<>();
        for (CommandResult r : session.results()) {
            if (r.exit() != 0) out.add(firstLine(r.command()) + " (exit " + r.exit() + ": " + firstLine(r.stderr().strip()) + ")");
        }
        return out;
    }

    static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl) + " …";
    }
}
