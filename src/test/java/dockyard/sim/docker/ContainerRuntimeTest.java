package dockyard.sim.docker;

import dockyard.sim.World;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContainerRuntimeTest {
    private final World world = new World(1);
    private final List<String> logs = new ArrayList<>();
    private final List<String> exits = new ArrayList<>();

    private RunningContainer start(String image, List<String> command) {
        PulledImage img = world.registries().pull(image, null);
        ContainerSpec spec = ContainerSpec.of("app", img).withLogSink(logs::add);
        if (command != null) spec = spec.withCommand(command);
        return world.containers().start(spec, (code, reason) -> exits.add(code + ":" + reason));
    }

    @Test
    void aShellScriptRunsStepByStepInSimulatedTime() {
        RunningContainer c = start("alpine", List.of("sh", "-c", "echo start; sleep 5; echo done; exit 3"));
        assertThat(logs).containsExactly("start");
        world.kernel().advance(4_000);
        assertThat(c.running()).isTrue();
        world.kernel().advance(1_000);
        assertThat(logs).containsExactly("start", "done");
        assertThat(c.running()).isFalse();
        assertThat(c.exitCode()).isEqualTo(3);
        assertThat(exits).containsExactly("3:");
    }

    @Test
    void redirectionsWriteIntoTheContainersOwnFilesystem() {
        RunningContainer c = start("busybox", List.of("sh", "-c", "echo one > /tmp/f && echo two >> /tmp/f; cat /tmp/f; cat /nope"));
        world.kernel().settle();
        assertThat(logs).containsExactly("one", "two", "cat: /nope: No such file or directory");
        assertThat(c.exitCode()).isEqualTo(1);
        assertThat(c.filesystem().read("/tmp/f")).contains("one\ntwo\n");
    }

    @Test
    void nginxKeepsRunningAndExitsWithZeroWhenStopped() {
        RunningContainer c = start("nginx:1.27", null);
        assertThat(logs).anyMatch(l -> l.endsWith("nginx/1.27.4"));
        world.kernel().advance(60_000);
        assertThat(c.running()).isTrue();
        assertThat(c.listeningPorts()).containsExactly(80);
        c.stop(30_000);
        world.kernel().settle();
        assertThat(c.exitCode()).isZero();
    }

    @Test
    void aShellAsPidOneIgnoresSigtermAndIsKilledAfterTheTimeout() {
        RunningContainer c = start("alpine", List.of("sh", "-c", "while true; do echo tick; sleep 10; done"));
        world.kernel().advance(25_000);
        assertThat(logs).containsExactly("tick", "tick", "tick");
        c.stop(30_000);
        world.kernel().advance(29_000);
        assertThat(c.running()).isTrue();
        world.kernel().advance(1_000);
        assertThat(c.exitCode()).isEqualTo(137);
    }

    @Test
    void aMissingExecutableCannotStart() {
        assertThatThrownBy(() -> start("alpine", List.of("bash", "-c", "echo hi")))
                .isInstanceOf(StartFailure.class)
                .hasMessageStartingWith("CannotStartContainerError: Error response from daemon: failed to create task for container")
                .hasMessageContaining("exec: \"bash\": executable file not found in $PATH");
    }

    @Test
    void awsWithoutTheCliInTheImageIsNotFound() {
        RunningContainer c = start("alpine", List.of("sh", "-c", "aws s3 ls"));
        world.kernel().settle();
        assertThat(logs).containsExactly("sh: aws: not found");
        assertThat(c.exitCode()).isEqualTo(127);
    }

    @Test
    void awsCommandsGoToTheInstalledInterpreterWithTheContainersCredentials() {
        List<String> seen = new ArrayList<>();
        world.setCommandInterpreter((line, env) -> {
            seen.add(line + " as " + (env.credentials() == null ? "nobody" : env.credentials().principalArn()) + " in " + env.environment().get("BUCKET"));
            return new ExecResult("ok\n", "", 0);
        });
        PulledImage img = world.registries().pull("amazon/aws-cli", null);
        ContainerSpec spec = ContainerSpec.of("cli", img).withCommand(List.of("s3", "ls", "s3://b"))
                .withEnvironment(java.util.Map.of("BUCKET", "b"))
                .withAwsCredentials(dockyard.sim.Caller.role("arn:aws:iam::123456789012:role/app", "ap-northeast-2"), "ap-northeast-2")
                .withLogSink(logs::add);
        RunningContainer c = world.containers().start(spec, null);
        world.kernel().settle();
        assertThat(seen).containsExactly("aws s3 ls s3://b as arn:aws:iam::123456789012:role/app in b");
        assertThat(logs).containsExactly("ok");
        assertThat(c.exitCode()).isZero();
    }

    @Test
    void aContainerBelowItsProgramsMemoryNeedsIsKilledAsOutOfMemory() {
        PulledImage img = world.registries().pull("mysql:8.4", null);
        RunningContainer c = world.containers().start(ContainerSpec.of("db", img)
                .withEnvironment(java.util.Map.of("MYSQL_ROOT_PASSWORD", "pw")).withMemoryMiB(128), (code, reason) -> exits.add(code + ":" + reason));
        world.kernel().advance(1_000);
        assertThat(c.exitCode()).isEqualTo(137);
        assertThat(c.oomKilled()).isTrue();
        assertThat(exits).containsExactly("137:OutOfMemoryError: Container killed due to memory usage");
    }

    @Test
    void aHealthCheckWithCurlReachesTheContainersOwnServer() {
        RunningContainer c = start("nginx", null);
        world.kernel().advance(1_000);
        assertThat(c.exec(List.of("CMD-SHELL", "curl -f http://localhost/ || exit 1")).exitCode()).isZero();
        assertThat(c.exec(List.of("CMD", "curl", "-s", "http://localhost/")).stdout()).contains("Welcome to nginx!");
        assertThat(c.exec(List.of("CMD-SHELL", "curl -f http://localhost/missing || exit 1")).exitCode()).isEqualTo(1);
        assertThat(c.exec(List.of("curl", "-f", "http://localhost:8080/")).stderr()).isEmpty();
    }

    @Test
    void pythonCannotRunAModuleThatIsNotInstalled() {
        RunningContainer c = start("python:3.12-slim", List.of("python", "-m", "flask", "run"));
        world.kernel().settle();
        assertThat(logs).containsExactly("/usr/local/bin/python: No module named flask");
        assertThat(c.exitCode()).isEqualTo(1);
    }

    @Test
    void aSlimImageHasNoCurlForItsHealthCheck() {
        RunningContainer c = start("python:3.12-slim", List.of("python", "-m", "http.server", "8000"));
        world.kernel().advance(1_000);
        ExecResult r = c.exec(List.of("CMD-SHELL", "curl -f http://localhost:8000/ || exit 1"));
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.stdout()).isEqualTo("/bin/sh: 1: curl: not found\n");
    }

    @Test
    void aFlaskAppOnLocalhostIsNotReachableFromOutside() {
        world.workspace().write("/home/learner/app/Dockerfile", "FROM python:3.12\nRUN pip install flask\nCMD [\"flask\", \"run\"]\n");
        world.docker().build("/home/learner/app", null, List.of("app"), java.util.Map.of());
        Image built = world.docker().images.find("app").orElseThrow();
        PulledImage img = new PulledImage("app", "docker.io", "library/app", "latest", built.manifestDigest(), built.sizeBytes(), built);
        RunningContainer c = world.containers().start(ContainerSpec.of("app", img).withLogSink(logs::add), null);
        world.kernel().advance(2_000);
        assertThat(logs).contains(" * Running on http://127.0.0.1:5000");
        assertThat(c.listeningPorts()).isEmpty();
        assertThat(c.exec(List.of("curl", "-s", "http://localhost:5000/")).exitCode()).isZero();
    }

    @Test
    void aLoopThatNeverSleepsCannotFloodAWeekOfSimulatedTime() {
        RunningContainer c = start("alpine", List.of("sh", "-c", "while true; do i=$((i+1)); done"));
        long before = world.kernel().processed();
        world.kernel().advance(7L * 24 * 3600 * 1000);
        assertThat(c.running()).isTrue();
        assertThat(world.kernel().processed() - before).isLessThan(1_000);
    }

    @Test
    void aLoopWithTinySleepsWakesAtMostTenTimesASimulatedSecond() {
        start("alpine", List.of("sh", "-c", "while true; do echo x; sleep 0.001; done"));
        world.kernel().advance(10_000);
        assertThat(logs.size()).isBetween(90, 115);
    }
}
