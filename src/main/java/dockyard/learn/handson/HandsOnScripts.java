package dockyard.learn.handson;

import dockyard.content.quiz.HandsOn;
import dockyard.shell.ShellSession;
import dockyard.shell.parse.ScriptSplitter;

import java.util.List;

/**
 * A hands-on question's setup and reference solution as the command lines a sandbox runs (split like the
 * headless runner splits a script), and the reference world the {@code ask} value is read from.
 */
public final class HandsOnScripts {
    private HandsOnScripts() {
    }

    /** The setup's commands, run before the learner starts (may be none). */
    public static List<String> setup(HandsOn h) {
        return ScriptSplitter.split(h.setup());
    }

    /** The reference solution's commands, run after the setup. */
    public static List<String> solution(HandsOn h) {
        return ScriptSplitter.split(h.solution());
    }

    /** A fresh session from {@code seed} with only the setup run: what the learner starts from. */
    public static ShellSession setUp(HandsOn h, long seed) {
        return ShellSession.replay(seed, setup(h));
    }

    /**
     * The reference world: setup then solution, replayed from {@code seed} (the learner's sandbox seed, so the setup
     * makes the same resources the learner started with).
     */
    public static ShellSession reference(HandsOn h, long seed) {
        List<String> all = new java.util.ArrayList<>(setup(h));
        all.addAll(solution(h));
        return ShellSession.replay(seed, all);
    }
}
