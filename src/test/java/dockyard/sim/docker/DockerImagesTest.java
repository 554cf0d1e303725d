package dockyard.sim.docker;

import dockyard.sim.World;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DockerImagesTest {
    private final World world = new World(29);
    private final LocalDocker docker = world.docker();

    @Test
    void removingATaggedImageUntagsAndDeletesIt() {
        docker.pull("alpine");
        DockerResult r = docker.rmi(List.of("alpine"), false);
        assertThat(r.out().get(0)).isEqualTo("Untagged: alpine:latest");
        assertThat(r.out()).anyMatch(l -> l.startsWith("Deleted: sha256:"));
        assertThat(docker.rmi(List.of("alpine"), false).err()).containsExactly("Error response from daemon: No such image: alpine:latest");
    }

    @Test
    void anImageUsedByAContainerCannotBeRemovedWithoutForce() {
        docker.run(RunOptions.of("alpine", false, List.of("true")));
        assertThat(docker.rmi(List.of("alpine"), false).err().get(0))
                .startsWith("Error response from daemon: conflict: unable to remove repository reference \"alpine\" (must force) - container ");
    }

    @Test
    void historyListsTheNewestStepFirst() {
        docker.pull("nginx");
        List<String> h = docker.history("nginx").out();
        assertThat(h.get(0)).startsWith("IMAGE          CREATED         CREATED BY");
        assertThat(h.get(1)).matches("[0-9a-f]{12}   .*ENTRYPOINT.*0B.*");
        assertThat(h.get(2)).startsWith("<missing>");
    }

    @Test
    void inspectShowsTheContainersStateAndTheImagesConfig() {
        docker.run(new RunOptions("alpine", "job", false, false, List.of("A=1"), List.of(), List.of(), null, List.of("sh", "-c", "exit 2"), null, null, null));
        String json = String.join("\n", docker.inspect(List.of("job")).out());
        assertThat(json).contains("\"Status\": \"exited\"").contains("\"ExitCode\": 2").contains("\"Name\": \"/job\"").contains("\"A=1\"");
        assertThat(docker.inspect(List.of("nope")).err()).containsExactly("Error: No such object: nope");
    }

    @Test
    void aNamedVolumeKeepsItsFilesAfterTheContainerIsRemoved() {
        docker.run(new RunOptions("alpine", "w", false, true, List.of(), List.of(), List.of("data:/data"), null,
                List.of("sh", "-c", "echo kept > /data/f; echo lost > /tmp/f"), null, null, null));
        DockerResult r = docker.run(new RunOptions("alpine", "r", false, true, List.of(), List.of(), List.of("data:/data"), null,
                List.of("sh", "-c", "cat /data/f /tmp/f"), null, null, null));
        assertThat(r.out()).containsExactly("kept", "cat: /tmp/f: No such file or directory");
        assertThat(docker.ps(true).out()).hasSize(1);
    }

    @Test
    void aBindMountSharesTheWorkspaceDirectory() {
        world.workspace().write("/home/learner/site/index.html", "<h1>mine</h1>");
        docker.run(new RunOptions("nginx", "web", true, false, List.of(), List.of("8080:80"), List.of("./site:/usr/share/nginx/html"),
                null, List.of(), null, null, "/home/learner"));
        world.kernel().advance(1_000);
        assertThat(docker.exec("web", List.of("curl", "-s", "http://localhost/")).out()).containsExactly("<h1>mine</h1>");
    }

    @Test
    void aSecondContainerCannotTakeAPublishedPort() {
        docker.run(new RunOptions("nginx", "a", true, false, List.of(), List.of("8080:80"), List.of(), null, List.of(), null, null, null));
        DockerResult r = docker.run(new RunOptions("nginx", "b", true, false, List.of(), List.of("8080:80"), List.of(), null, List.of(), null, null, null));
        assertThat(r.exitCode()).isEqualTo(125);
        assertThat(r.err().get(0)).endsWith("Bind for 0.0.0.0:8080 failed: port is already allocated.");
    }

    @Test
    void aSleepingForegroundContainerMovesSimulatedTime() {
        long before = world.kernel().now();
        DockerResult r = docker.run(RunOptions.of("alpine", false, List.of("sleep", "3")));
        assertThat(r.exitCode()).isZero();
        assertThat(world.kernel().now() - before).isBetween(3_000L, 3_100L);
    }

    @Test
    void aContainerThatEndsAtOnceTakesNoSimulatedTime() {
        docker.pull("alpine");
        long before = world.kernel().now();
        assertThat(docker.run(RunOptions.of("alpine", false, List.of("echo", "hi"))).out()).containsExactly("hi");
        assertThat(world.kernel().now()).isEqualTo(before);
    }
}
