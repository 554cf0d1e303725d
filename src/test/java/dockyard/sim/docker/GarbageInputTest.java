package dockyard.sim.docker;

import dockyard.sim.World;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Whatever a learner types into a script or a Dockerfile, docker answers with a result, never an exception. */
class GarbageInputTest {
    private static final String[] SCRIPT = {"echo", "hi", "$X", "${X:-d}", "$(", ")", "$((1+", "))", "'", "\"", ";", "&&", "||", "|",
            ">", ">>", "<", "2>&1", "/", "/tmp", "/tmp/f", "sleep", "1", "exit", "3", "cat", "while", "do", "done", "for", "in",
            "if", "then", "else", "fi", "{", "}", "(", "`", "\\", "\n", "x=1", "cd", "..", "rm", "-rf", "mkdir", "-p", "aws", "curl",
            "[", "]", "-f", "test", "!", "&", "#", "printf", "%s", "head", "-n", "wc", "-l", "grep"};
    private static final String[] DOCKERFILE = {"FROM", "alpine", "scratch", "python:3.12-slim", "AS", "b", "RUN", "COPY", "ADD",
            "--from=b", ".", "/", "a.txt", "ENV", "A=1", "A", "=", "\"", "ARG", "WORKDIR", "app", "EXPOSE", "80", "80/udp", "x",
            "CMD", "[\"sh\",", "\"-c\"]", "[", "]", "ENTRYPOINT", "HEALTHCHECK", "NONE", "USER", "LABEL", "\\", "\n", "#", "${A}",
            "$", "ONBUILD", "BOGUS", "echo", "hi", ">", "/f", "pip", "install", "-r", "apt-get", "-y", "STOPSIGNAL"};

    private static String random(Random r, String[] words, int max) {
        StringBuilder b = new StringBuilder();
        int n = 1 + r.nextInt(max);
        for (int i = 0; i < n; i++) b.append(words[r.nextInt(words.length)]).append(r.nextInt(4) == 0 ? "" : " ");
        return b.toString();
    }

    @Test
    void randomScriptsInAContainerAlwaysEndWithAnExitCode() {
        World world = new World(1);
        Random r = new Random(42);
        for (int i = 0; i < 1500; i++) {
            DockerResult res = world.docker().run(new RunOptions("alpine", "c" + i, false, true, List.of("X=1"), List.of(), List.of(), null,
                    List.of("sh", "-c", random(r, SCRIPT, 12)), null, null, null));
            assertThat(res.exitCode()).isBetween(0, 255);
        }
    }

    @Test
    void randomDockerfilesAlwaysBuildOrFailWithAnError() {
        World world = new World(2);
        world.workspace().write("/home/learner/g/a.txt", "a");
        Random r = new Random(7);
        for (int i = 0; i < 1500; i++) {
            world.workspace().write("/home/learner/g/Dockerfile", "FROM alpine\n" + random(r, DOCKERFILE, 20));
            DockerResult res = world.docker().build("/home/learner/g", null, List.of("g:" + (i % 3)), Map.of("A", "2"));
            assertThat(res.exitCode()).isIn(0, 1);
            if (res.exitCode() == 1) assertThat(res.err()).last().asString().startsWith("ERROR: ");
        }
    }

    @Test
    void randomImageReferencesArePulledOrRefused() {
        World world = new World(3);
        Random r = new Random(9);
        String chars = "abcXYZ019:/@.-_ ";
        for (int i = 0; i < 2000; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = 0; k < 1 + r.nextInt(20); k++) b.append(chars.charAt(r.nextInt(chars.length())));
            DockerResult res = world.docker().pull(b.toString());
            assertThat(res.exitCode()).isIn(0, 1);
        }
    }
}
