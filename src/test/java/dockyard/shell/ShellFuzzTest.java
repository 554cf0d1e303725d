package dockyard.shell;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dockyard.sim.World;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever a learner types, the shell answers with output and an exit code: no exception escapes, and the engine
 * never fails with an internal error. {@code JAZZER_FUZZ=1} fuzzes; otherwise the saved inputs run as regression tests.
 */
class ShellFuzzTest {
    @FuzzTest(maxDuration = "30s")
    void anyCommandLineGivesAnExitCode(FuzzedDataProvider data) {
        Shell shell = new Shell(new World(7));
        CommandResult r = shell.run(data.consumeRemainingAsString());
        assertThat(r.exit()).isBetween(0, 255);
        assertThat(r.stderr()).doesNotContain("InternalFailure");
    }

    @FuzzTest(maxDuration = "30s")
    void anyTaskDefinitionJsonIsAcceptedOrRefusedWithAMessage(FuzzedDataProvider data) {
        Shell shell = new Shell(new World(7));
        shell.writeFile("td.json", data.consumeRemainingAsString());
        CommandResult r = shell.run("aws ecs register-task-definition --cli-input-json file://td.json");
        assertThat(r.exit()).isIn(0, 252, 254);
        assertThat(r.stderr()).doesNotContain("InternalFailure");
    }
}
