package dockyard.sim.docker;

import dockyard.sim.World;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class LocalDockerTest {
    private final World world = new World(7);
    private final LocalDocker docker = world.docker();
    private final Filesystem ws = world.workspace();

    private void app() {
        ws.write("/home/learner/app/Dockerfile", """
                FROM python:3.12-slim
                WORKDIR /app
                COPY app.py .
                RUN pip install flask
                EXPOSE 5000
                CMD ["python", "app.py"]
                """);
        ws.write("/home/learner/app/app.py", "from flask import Flask\napp = Flask(__name__)\napp.run(host='0.0.0.0', port=5000)\n");
    }

    private String idOf(String tag) {
        return docker.images.find(tag).orElseThrow().id();
    }

    @Test
    void theSameDockerfileAndContextGiveTheSameImageId() {
        app();
        DockerResult first = docker.build("/home/learner/app", null, List.of("web:1"), Map.of());
        assertThat(first.exitCode()).isZero();
        DockerResult second = docker.build("/home/learner/app", null, List.of("web:2"), Map.of());
        assertThat(second.err()).anyMatch(l -> l.matches("#\\d+ CACHED"));
        assertThat(idOf("web:1")).isEqualTo(idOf("web:2"));
        World other = new World(99);
        other.workspace().copyFrom(ws, "/home/learner/app", "/home/learner/app");
        other.docker().build("/home/learner/app", null, List.of("web:1"), Map.of());
        assertThat(other.docker().images.find("web:1").orElseThrow().id()).isEqualTo(idOf("web:1"));
    }

    @Test
    void aChangedFileChangesTheImageIdAndEveryLaterLayer() {
        app();
        docker.build("/home/learner/app", null, List.of("web:1"), Map.of());
        ws.write("/home/learner/app/app.py", "print('v2')\n");
        DockerResult r = docker.build("/home/learner/app", null, List.of("web:2"), Map.of());
        assertThat(r.err()).containsSequence("#8 [4/4] RUN pip install flask", "#8 0.100 Collecting flask");
        Image a = docker.images.find("web:1").orElseThrow();
        Image b = docker.images.find("web:2").orElseThrow();
        assertThat(a.id()).isNotEqualTo(b.id());
        List<Layer> la = a.layers();
        List<Layer> lb = b.layers();
        assertThat(la.get(la.size() - 1).digest()).isNotEqualTo(lb.get(lb.size() - 1).digest());
        assertThat(la.get(0).digest()).isEqualTo(lb.get(0).digest());
    }

    @Test
    void copyingAMissingFileFailsToComputeTheCacheKey() {
        ws.write("/home/learner/x/Dockerfile", "FROM alpine\nCOPY app.py /app/\n");
        DockerResult r = docker.build("/home/learner/x", null, List.of("x"), Map.of());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err().get(r.err().size() - 1))
                .startsWith("ERROR: failed to solve: failed to compute cache key: failed to calculate checksum of ref ")
                .endsWith(": \"/app.py\": not found");
    }

    @Test
    void anUnknownInstructionIsAParseError() {
        ws.write("/home/learner/x/Dockerfile", "FROM alpine\nCOPPY . /app\n");
        DockerResult r = docker.build("/home/learner/x", null, List.of(), Map.of());
        assertThat(r.err()).last().isEqualTo("ERROR: failed to solve: dockerfile parse error on line 2: unknown instruction: COPPY (did you mean copy?)");
    }

    @Test
    void aDockerfileWithoutFromHasNoBuildStage() {
        ws.write("/home/learner/x/Dockerfile", "RUN echo hi\n");
        DockerResult r = docker.build("/home/learner/x", null, List.of(), Map.of());
        assertThat(r.err()).last().isEqualTo("ERROR: failed to solve: dockerfile parse error on line 1: no build stage in current context");
    }

    @Test
    void aFailingRunStepStopsTheBuildWithItsExitCode() {
        ws.write("/home/learner/x/Dockerfile", "FROM debian:bookworm-slim\nRUN apt-get install -y curl\n");
        DockerResult r = docker.build("/home/learner/x", null, List.of(), Map.of());
        assertThat(r.err()).anyMatch(l -> l.endsWith("E: Unable to locate package curl"));
        assertThat(r.err()).last().isEqualTo("ERROR: failed to solve: process \"/bin/sh -c apt-get install -y curl\" did not complete successfully: exit code: 100");
    }

    @Test
    void buildArgsReachArgAndEnv() {
        ws.write("/home/learner/x/Dockerfile", "FROM alpine\nARG VERSION=1\nENV APP_VERSION=$VERSION\nCMD [\"sh\", \"-c\", \"echo $APP_VERSION\"]\n");
        docker.build("/home/learner/x", null, List.of("v"), Map.of("VERSION", "7"));
        DockerResult run = docker.run(RunOptions.of("v", false, List.of()));
        assertThat(run.out()).containsExactly("7");
    }

    @Test
    void pullingAnOfficialImagePrintsDockersProgress() {
        DockerResult r = docker.pull("ubuntu");
        assertThat(r.out().get(0)).isEqualTo("Using default tag: latest");
        assertThat(r.out().get(1)).isEqualTo("latest: Pulling from library/ubuntu");
        assertThat(r.out()).last().isEqualTo("docker.io/library/ubuntu:latest");
        assertThat(docker.pull("ubuntu").out()).contains("Status: Image is up to date for ubuntu:latest");
    }

    @Test
    void pullingAnUnknownRepositoryIsDenied() {
        DockerResult r = docker.pull("nosuchimage");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).containsExactly("Error response from daemon: pull access denied for nosuchimage, repository does not exist or may require 'docker login': denied: requested access to the resource is denied");
    }

    @Test
    void imagesListsRepositoryTagIdCreatedAndSize() {
        docker.pull("nginx");
        List<String> out = docker.images().out();
        assertThat(out.get(0)).isEqualTo("REPOSITORY   TAG       IMAGE ID       CREATED         SIZE");
        assertThat(out.get(1)).matches("nginx        latest    [0-9a-f]{12}   13 months ago   192MB");
    }

    @Test
    void aBatchContainerReturnsItsOwnExitCode() {
        DockerResult r = docker.run(RunOptions.of("busybox", false, List.of("sh", "-c", "echo bye; exit 4")));
        assertThat(r.err()).startsWith("Unable to find image 'busybox:latest' locally", "latest: Pulling from library/busybox");
        assertThat(r.err()).last().isEqualTo("Status: Downloaded newer image for busybox:latest");
        assertThat(r.out()).containsExactly("bye");
        assertThat(r.exitCode()).isEqualTo(4);
        assertThat(docker.ps(true).out().get(1)).contains("Exited (4)");
    }

    @Test
    void runningAnUnknownImageFailsWith125() {
        DockerResult r = docker.run(RunOptions.of("foo", true, List.of()));
        assertThat(r.exitCode()).isEqualTo(125);
        assertThat(r.err()).contains("docker: Error response from daemon: pull access denied for foo, repository does not exist or may require 'docker login': denied: requested access to the resource is denied.");
    }

    @Test
    void aDetachedServerShowsInPsAndItsLogs() {
        RunOptions o = new RunOptions("nginx", "web", true, false, List.of(), List.of("8080:80"), List.of(), null, List.of(), null, null, null);
        DockerResult r = docker.run(o);
        assertThat(r.out().get(0)).hasSize(64);
        world.kernel().advance(5_000);
        List<String> ps = docker.ps(false).out();
        assertThat(ps.get(1)).contains("\"/docker-entrypoint.…\"").contains("Up 5 seconds").contains("0.0.0.0:8080->80/tcp, [::]:8080->80/tcp").endsWith("web");
        assertThat(docker.logs("web").out()).anyMatch(l -> l.contains("start worker processes"));
        assertThat(docker.rm(List.of("web"), false).err()).containsExactly("Error response from daemon: cannot remove container \"/web\": container is running: stop the container before removing or force remove");
        assertThat(docker.stop(List.of("web"), 10).out()).containsExactly("web");
        assertThat(docker.ps(true).out().get(1)).contains("Exited (0)");
    }

    @Test
    void tagAndPushWithoutARegistryLoginIsRefused() {
        docker.pull("alpine");
        assertThat(docker.tag("nope", "x").err()).containsExactly("Error response from daemon: No such image: nope:latest");
        String repo = "123456789012.dkr.ecr.ap-northeast-2.amazonaws.com/web";
        assertThat(docker.push(repo + ":1").err()).containsExactly("An image does not exist locally with the tag: " + repo);
    }
}
