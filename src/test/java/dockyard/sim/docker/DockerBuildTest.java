package dockyard.sim.docker;

import dockyard.sim.World;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DockerBuildTest {
    private final World world = new World(23);
    private final LocalDocker docker = world.docker();
    private final Filesystem ws = world.workspace();

    private DockerResult build(String dockerfile, String tag) {
        ws.write("/home/learner/b/Dockerfile", dockerfile);
        return docker.build("/home/learner/b", null, List.of(tag), Map.of());
    }

    private Image image(String tag) {
        return docker.images.find(tag).orElseThrow();
    }

    @Test
    void onlyRunCopyAndAddMakeFilesystemLayers() {
        ws.write("/home/learner/b/a.txt", "a");
        build("FROM alpine\nENV A=1\nCOPY a.txt /\nRUN echo hi > /b.txt\nEXPOSE 80\nLABEL x=y\nCMD [\"cat\", \"/a.txt\"]\n", "l");
        Image base = docker.images.find("l").orElseThrow();
        assertThat(base.layers()).hasSize(Catalog.find(ImageRef.parse("alpine")).orElseThrow().layers().size() + 2);
        assertThat(base.config().exposedPorts()).containsExactly("80/tcp");
        assertThat(base.config().labels()).containsEntry("x", "y");
        assertThat(base.rootFs().read("/b.txt")).contains("hi\n");
    }

    @Test
    void shellFormCmdRunsThroughBinSh() {
        build("FROM alpine\nCMD echo $HOME\n", "s");
        assertThat(image("s").config().cmd()).containsExactly("/bin/sh", "-c", "echo $HOME");
        assertThat(docker.run(RunOptions.of("s", false, List.of())).out()).containsExactly("/root");
    }

    @Test
    void entrypointAndCmdCombineAndCmdIsOverriddenByRunArguments() {
        build("FROM alpine\nENTRYPOINT [\"echo\", \"hello\"]\nCMD [\"world\"]\n", "e");
        assertThat(docker.run(RunOptions.of("e", false, List.of())).out()).containsExactly("hello world");
        assertThat(docker.run(RunOptions.of("e", false, List.of("there"))).out()).containsExactly("hello there");
    }

    @Test
    void aMultiStageBuildCopiesFromAnEarlierStage() {
        ws.write("/home/learner/b/main.txt", "source");
        DockerResult r = build("FROM alpine AS builder\nCOPY main.txt /src/\nRUN cp /src/main.txt /src/app.bin\n"
                + "FROM busybox\nCOPY --from=builder /src/app.bin /app/\nCMD [\"cat\", \"/app/app.bin\"]\n", "m");
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).anyMatch(l -> l.contains("[builder 2/3] COPY main.txt /src/"));
        assertThat(docker.run(RunOptions.of("m", false, List.of())).out()).containsExactly("source");
        assertThat(image("m").rootFs().exists("/src/main.txt")).isFalse();
    }

    @Test
    void dockerignoreKeepsFilesOutOfTheContext() {
        ws.write("/home/learner/b/.dockerignore", "secret.txt\n*.log\n");
        ws.write("/home/learner/b/app.txt", "app");
        ws.write("/home/learner/b/secret.txt", "s");
        ws.write("/home/learner/b/debug.log", "l");
        build("FROM alpine\nCOPY . /app/\n", "i");
        assertThat(image("i").rootFs().list("/app")).containsExactly(".dockerignore", "Dockerfile", "app.txt");
    }

    @Test
    void healthcheckIsStoredInShellForm() {
        build("FROM nginx\nHEALTHCHECK --interval=30s CMD curl -f http://localhost/ || exit 1\n", "h");
        assertThat(image("h").config().healthcheck()).containsExactly("CMD-SHELL", "curl -f http://localhost/ || exit 1");
    }

    @Test
    void anUnknownBaseImageCannotBeResolved() {
        DockerResult r = build("FROM python:3.99\n", "x");
        assertThat(r.err()).last().isEqualTo("ERROR: failed to solve: python:3.99: failed to resolve source metadata for "
                + "docker.io/library/python:3.99: docker.io/library/python:3.99: not found");
    }

    @Test
    void theBuildCacheIsInvalidatedFromTheChangedInstructionOn() {
        build("FROM alpine\nRUN echo one > /1\nRUN echo two > /2\n", "c1");
        DockerResult r = build("FROM alpine\nRUN echo uno > /1\nRUN echo two > /2\n", "c2");
        assertThat(r.err()).noneMatch(l -> l.endsWith("CACHED") && !l.startsWith("#4"));
        List<Layer> a = image("c1").layers();
        List<Layer> b = image("c2").layers();
        assertThat(a.get(a.size() - 1).digest()).isNotEqualTo(b.get(b.size() - 1).digest());
    }

    @Test
    void noCacheRunsEveryStepAgainButGivesTheSameImage() {
        build("FROM alpine\nRUN echo one > /1\n", "n1");
        DockerResult r = docker.build("/home/learner/b", null, List.of("n2"), Map.of(), true);
        assertThat(r.err()).noneMatch(l -> l.endsWith("CACHED"));
        assertThat(image("n1").id()).isEqualTo(image("n2").id());
    }
}
