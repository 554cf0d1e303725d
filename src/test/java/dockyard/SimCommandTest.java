package dockyard;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SimCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String stdin, String... args) throws Exception {
        return SimCommand.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void jsonlPrintsOneObjectPerCommandIncludingAssignmentsAndCarriesOnAfterFailures() throws Exception {
        int code = run("X=1\nnope\n# comment\ncat <<EOF\n$X\nEOF\n", "--seed", "9", "--jsonl", "-");
        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(
                "{\"command\": \"X=1\", \"exit\": 0, \"stdout\": \"\", \"stderr\": \"\"}\n"
                        + "{\"command\": \"nope\", \"exit\": 127, \"stdout\": \"\", \"stderr\": \"bash: nope: command not found\\n\"}\n"
                        + "{\"command\": \"cat <<EOF\\n$X\\nEOF\", \"exit\": 0, \"stdout\": \"1\\n\", \"stderr\": \"\"}\n");
    }

    @Test
    void plainModePrintsWhatATerminalShows(@TempDir Path dir) throws Exception {
        Path script = dir.resolve("s.sh");
        Files.writeString(script, "echo hi\nls /nowhere\n");
        assertThat(run("", script.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("hi\n");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("ls: cannot access '/nowhere': No such file or directory\n");
    }

    @Test
    void badArgumentsPrintTheUsage() throws Exception {
        assertThat(run("", "--seed", "x", "f.sh")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: sim [--seed N] [--jsonl] FILE");
        assertThat(run("", "missing.sh")).isEqualTo(2);
    }

    @Test
    void theSameSeedAndLinesGiveTheSameBytes() throws Exception {
        String script = "aws ec2 run-instances --image-id resolve:ssm:/aws/service/ecs/optimized-ami/amazon-linux-2023/recommended/image_id --instance-type t3.micro --count 2\nsim advance 5m\n";
        run(script, "--seed", "4", "--jsonl", "-");
        String first = out.toString(StandardCharsets.UTF_8);
        out.reset();
        run(script, "--seed", "4", "--jsonl", "-");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(first).contains("i-0");
    }
}
