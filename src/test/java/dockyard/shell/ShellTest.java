package dockyard.shell;

import dockyard.sim.World;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ShellTest {
    private final Shell shell = new Shell(new World(1));

    private CommandResult run(String line) {
        return shell.run(line);
    }

    @Test
    void anUnknownCommandIsNotFoundWithExit127() {
        CommandResult r = run("dokcer ps");
        assertThat(r.exit()).isEqualTo(127);
        assertThat(r.stderr()).isEqualTo("bash: dokcer: command not found\n");
    }

    @Test
    void variablesAssignmentsAndExportCarryAcrossCommands() {
        run("REGION=ap-northeast-2");
        run("export CLUSTER=demo");
        assertThat(run("echo $REGION ${CLUSTER} ${MISSING:-fallback}").stdout()).isEqualTo("ap-northeast-2 demo fallback\n");
        assertThat(run("env").stdout()).contains("CLUSTER=demo\n").doesNotContain("REGION=");
    }

    @Test
    void unquotedExpansionsSplitIntoSeveralArguments() {
        run("SUBNETS='subnet-a subnet-b'");
        assertThat(run("for_each() { :; }").exit()).isEqualTo(2);
        assertThat(run("printf_args=$SUBNETS; echo [$SUBNETS] [\"$SUBNETS\"]").stdout()).isEqualTo("[subnet-a subnet-b] [subnet-a subnet-b]\n");
    }

    @Test
    void aHeredocWritesAWorkspaceFile() {
        run("APP=web");
        CommandResult r = run("cat > Dockerfile <<EOF\nFROM nginx\nLABEL app=$APP cost=\\$5\nEOF");
        assertThat(r.exit()).isZero();
        assertThat(run("cat Dockerfile").stdout()).isEqualTo("FROM nginx\nLABEL app=web cost=$5\n");
        assertThat(run("cat < Dockerfile | grep LABEL").stdout()).isEqualTo("LABEL app=web cost=$5\n");
    }

    @Test
    void redirectionsAppendAndSendErrorsToFiles() {
        run("echo one > notes.txt; echo two >> notes.txt");
        run("cat missing 2> err.txt");
        assertThat(run("cat notes.txt").stdout()).isEqualTo("one\ntwo\n");
        assertThat(run("cat err.txt").stdout()).isEqualTo("cat: missing: No such file or directory\n");
        assertThat(run("echo x > /etc/passwd").stderr()).isEqualTo("bash: /etc/passwd: Permission denied\n");
    }

    @Test
    void commandSubstitutionRunsInASubshell() {
        CommandResult r = run("X=$(cd /tmp; pwd); echo $X; pwd");
        assertThat(r.stdout()).isEqualTo("/tmp\n/home/learner\n");
    }

    @Test
    void andOrListsFollowExitCodes() {
        assertThat(run("false && echo no || echo yes; echo $?").stdout()).isEqualTo("yes\n0\n");
        assertThat(run("false").exit()).isEqualTo(1);
        assertThat(run("echo $?").stdout()).isEqualTo("1\n");
    }

    @Test
    void directoriesCanBeMadeEnteredAndListed() {
        run("mkdir -p app/src && cd app && touch a.txt");
        assertThat(run("pwd").stdout()).isEqualTo("/home/learner/app\n");
        assertThat(run("ls").stdout()).isEqualTo("a.txt  src\n");
        assertThat(run("cd nowhere").stderr()).isEqualTo("bash: cd: nowhere: No such file or directory\n");
        assertThat(run("rm src").stderr()).isEqualTo("rm: cannot remove 'src': Is a directory\n");
        assertThat(run("rm -r src && ls").stdout()).isEqualTo("a.txt\n");
    }

    @Test
    void aCommandLongerThan64KiBIsRefused() {
        CommandResult r = run("echo " + "x".repeat(70_000));
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.stderr()).startsWith("dockyard: command too long: 70005 bytes");
    }

    @Test
    void base64RoundTrips() {
        assertThat(run("echo -n 'AWS:secret' | base64 | base64 --decode").stdout()).isEqualTo("AWS:secret");
    }

    @Test
    void simAdvanceMovesSimulatedTime() {
        CommandResult r = run("sim advance 1h30m");
        assertThat(r.stdout()).endsWith("Simulated time is now 2026-03-02T10:30:00Z (advanced 1h30m).\n");
        assertThat(run("sim advance 8d").exit()).isEqualTo(1);
        assertThat(run("sim advance soon").stderr()).isEqualTo("sim: invalid duration 'soon' (use e.g. 30s, 5m, 2h, 1h30m)\n");
        assertThat(run("sim time").stdout()).isEqualTo("2026-03-02T10:30:00Z\n");
        assertThat(run("sleep 30 && sleep 1m").stdout()).isEmpty();
        assertThat(run("sim time").stdout()).isEqualTo("2026-03-02T10:31:30Z\n");
        assertThat(run("sleep soon").stderr()).startsWith("sleep: invalid time interval ‘soon’\n");
    }
}
