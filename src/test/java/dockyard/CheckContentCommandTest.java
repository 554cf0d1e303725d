package dockyard;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code java -jar dockyard.jar check-content} on the real content/, with every slice's section plugged in. */
class CheckContentCommandTest {

    @Test
    void theRealContentIsOkAndTheLastLineIsThePinnedSummary() throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        int exit;
        try {
            System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
            exit = Commands.run("check-content", new String[0]);
        } finally {
            System.setOut(original);
        }
        String[] lines = buffer.toString(StandardCharsets.UTF_8).strip().split("\n");
        assertThat(exit).as(String.join("\n", lines)).isZero();
        assertThat(lines[lines.length - 1]).matches("content ok: lessons=12 exercises=[1-9]\\d* questions=[1-9]\\d* languages=ko,en");
    }
}
