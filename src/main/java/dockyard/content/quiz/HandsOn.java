package dockyard.content.quiz;

import dockyard.content.Localized;
import dockyard.content.exercise.Goal;

import java.util.List;

/**
 * What makes a question hands-on (format: docs/content-format.md, "Hands-on questions"): it is answered by working
 * in a sandbox of its own, started from {@code setup}, and marked from the simulation. Invariants after loading:
 * at least one of {@code checks} and {@code ask}; {@code answer} is set exactly when {@code ask} is; every text has
 * both languages; the Markdown texts are already rendered to sanitised HTML.
 *
 * @param promptHtml      the scenario and the task, rendered
 * @param setup           commands run before the learner starts (a script: heredocs and continued lines allowed)
 * @param checks          what must hold in the learner's own sandbox when they submit (may be empty)
 * @param ask             the value the learner finds out and types in, or null
 * @param solution        reference commands, run after the setup
 * @param answer          what {@code ask.check} prints after setup and solution, from any seed; null without ask
 * @param explanationHtml shown once the answer is marked, rendered
 */
public record HandsOn(Localized promptHtml, String setup, List<Goal> checks, Ask ask, String solution, String answer,
                      Localized explanationHtml) {
    /**
     * @param label the answer field's label
     * @param check a read-only command, like a goal's, whose output in the reference world is the right value
     */
    public record Ask(Localized label, String check) {
    }

    public HandsOn {
        checks = List.copyOf(checks);
    }
}
