package dockyard.learn.sandbox;

import java.util.List;

/** Everything the sandbox page shows: the sandbox, its log as console entries, and the scene. */
public record Page(Sandbox sandbox, List<Entry> entries, Scene scene) {
    /** True when there is a learner's command (not setup) to undo. */
    public boolean canUndo() {
        return entries.stream().anyMatch(e -> !e.setup());
    }
}
