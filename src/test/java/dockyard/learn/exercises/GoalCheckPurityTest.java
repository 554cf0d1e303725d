package dockyard.learn.exercises;

import dockyard.content.exercise.Exercise;
import dockyard.shell.CommandResult;
import dockyard.shell.ShellSession;
import dockyard.sim.World;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A goal check changes nothing: the same commands, with the goals checked after every one of them or never,
 * print the same bytes, leave the clock at the same instant, the same timeline, and the seeded random source
 * in the same state (the next draw is the same), so later commands get the same ids.
 */
class GoalCheckPurityTest {
    @Test
    void checkingGoalsAfterEveryCommandLeavesTheWorldExactlyAsItWas() {
        GoalChecker checker = new GoalChecker();
        for (Exercise e : ExerciseContentTest.exercises().all()) {
            List<String> commands = new ArrayList<>(ExerciseScripts.setup(e));
            commands.addAll(ExerciseScripts.solution(e));
            // A command after the solution that draws ids: it must print the same in both worlds.
            commands.add("aws ecs create-cluster --cluster-name purity-probe --query cluster.clusterArn");
            ShellSession plain = new ShellSession(7);
            ShellSession checked = new ShellSession(7);
            for (String c : commands) {
                CommandResult a = plain.run(c);
                CommandResult b = checked.run(c);
                assertThat(b).as("%s: %s", e.id(), c).isEqualTo(a);
                checker.check(checked.world(), e.goals());
                checker.check(checked.world(), e.goals());
            }
            assertThat(state(checked.world())).as(e.id()).isEqualTo(state(plain.world()));
        }
    }

    @Test
    void aCheckReadsTheWorldTheLearnerBuilt() {
        Exercise e = ExerciseContentTest.exercises().get("run-your-first-container").orElseThrow();
        ShellSession s = ExerciseScripts.setUp(e, 3);
        GoalChecker checker = new GoalChecker();
        assertThat(checker.check(s.world(), e.goals())).containsExactly(false, false);
        s.run("docker run -d --name web nginx:1.27");
        assertThat(checker.check(s.world(), e.goals())).containsExactly(true, false);
        s.run("docker run -d --name web2 -p 8080:80 nginx:1.27");
        assertThat(checker.check(s.world(), e.goals())).containsExactly(true, true);
        assertThat(s.log()).containsExactly("docker run -d --name web nginx:1.27", "docker run -d --name web2 -p 8080:80 nginx:1.27");
    }

    private static String state(World w) {
        return w.kernel().now() + "|" + w.kernel().pending() + "|" + w.kernel().processed() + "|" + w.timeline().entries() + "|" + w.timeline().total()
                + "|" + w.kernel().random().nextLong();
    }
}
