package dockyard.shell.docker;

import dockyard.shell.CommandResult;
import dockyard.shell.Shell;
import dockyard.sim.World;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DockerCliTest {
    private final Shell shell = new Shell(new World(3));

    @Test
    void buildWithoutAContextRequiresExactlyOneArgument() {
        CommandResult r = shell.run("docker build -t web .  extra");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.stderr()).startsWith("\"docker build\" requires exactly 1 argument.\nSee 'docker build --help'.\n\nUsage:  docker build [OPTIONS] PATH | URL | -\n");
    }

    @Test
    void anUnknownShorthandFlagExits125() {
        CommandResult r = shell.run("docker run -z nginx");
        assertThat(r.exit()).isEqualTo(125);
        assertThat(r.stderr()).isEqualTo("unknown shorthand flag: 'z' in -z\nSee 'docker run --help'.\n");
        assertThat(shell.run("docker ps --bogus").stderr()).startsWith("unknown flag: --bogus\n");
    }

    @Test
    void runStopsReadingFlagsAtTheImage() {
        shell.run("docker pull busybox");
        CommandResult r = shell.run("docker run --rm busybox echo -n hi");
        assertThat(r.exit()).isZero();
        assertThat(r.stdout()).contains("hi");
    }

    @Test
    void anUnknownSubcommandIsNotADockerCommand() {
        CommandResult r = shell.run("docker biuld .");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.stderr()).isEqualTo("docker: 'biuld' is not a docker command.\nSee 'docker --help'\n");
    }

    @Test
    void loginRefusesBothPasswordForms() {
        CommandResult r = shell.run("echo pw | docker login -u AWS -p x --password-stdin 123456789012.dkr.ecr.ap-northeast-2.amazonaws.com");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.stderr()).isEqualTo("--password and --password-stdin are mutually exclusive\n");
    }

    @Test
    void theEcrLoginPipelineLogsIn() {
        CommandResult r = shell.run("aws ecr get-login-password | docker login --username AWS --password-stdin 123456789012.dkr.ecr.ap-northeast-2.amazonaws.com");
        assertThat(r.exit()).isZero();
        assertThat(r.stdout()).startsWith("Login Succeeded");
    }
}
