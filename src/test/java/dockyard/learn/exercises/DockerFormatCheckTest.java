package dockyard.learn.exercises;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dockyard.content.exercise.CheckCommand;
import dockyard.content.exercise.Comparison;
import dockyard.shell.ShellSession;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DockerFormatCheckTest {
    private static final String LAYERS = "docker image inspect --format '{{len .RootFS.Layers}}' app:1";
    private static final String STATUS = "docker inspect -f '{{.State.Status}}' web";

    @Test
    void checksMayShapeDockerOutputWithFormat() {
        assertThat(CheckCommand.problem(LAYERS)).isEmpty();
        assertThat(CheckCommand.problem(STATUS)).isEmpty();
        assertThat(CheckCommand.problem("docker ps -a --format '{{.Names}}'")).isEmpty();
        assertThat(CheckCommand.problem("docker images --format {{.Tag}}")).isPresent();
    }

    @Test
    void aFormattedValueIsReadAsANumberOrAsText() {
        ShellSession s = new ShellSession(9);
        s.run("mkdir app");
        s.run("cat > app/Dockerfile <<'EOF'\nFROM busybox\nRUN echo hi > /hi.txt\nEXPOSE 80\nEOF");
        s.run("docker build -q -t app:1 app");
        s.run("docker run -d --name web nginx");
        GoalChecker checker = new GoalChecker();
        JsonNode layers = checker.value(s.world(), LAYERS).orElseThrow();
        assertThat(GoalChecker.compare(Comparison.EQUALS, layers, IntNode.valueOf(2))).isTrue();
        assertThat(checker.value(s.world(), STATUS)).contains(TextNode.valueOf("running"));
        assertThat(checker.value(s.world(), "docker inspect -f '{{.State.Status}}' nosuch")).isEmpty();
    }
}
