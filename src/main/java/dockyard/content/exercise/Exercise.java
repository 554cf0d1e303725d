package dockyard.content.exercise;

import dockyard.content.Localized;

import java.util.List;

/**
 * A sandbox exercise, loaded from {@code content/exercises/{id}.yaml}. Immutable.
 *
 * @param id          the file's name and the URL ({@code /exercises/{id}}); never renamed
 * @param lesson      the id of the lesson it belongs to
 * @param title       its title
 * @param brief       the task, as HTML rendered once from the Markdown the author wrote (escaped, safe links)
 * @param setup       the commands run before the learner starts, as a script (heredocs allowed); may be empty
 * @param goals       what must become true, in the order shown; never empty
 * @param hints       progressive hints, revealed one at a time in this order, as rendered HTML
 * @param solution    a reference solution, as a script run after the setup
 * @param explanation what the learner reads after success, as rendered HTML
 */
public record Exercise(String id, String lesson, Localized title, Localized brief, String setup,
                       List<Goal> goals, List<Localized> hints, String solution, Localized explanation) {
    public Exercise {
        goals = List.copyOf(goals);
        hints = List.copyOf(hints);
    }
}
