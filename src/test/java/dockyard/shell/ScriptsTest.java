package dockyard.shell;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The end-to-end scripts in {@code src/test/resources/scripts}: each {@code NAME.sh} runs headless with seed 1
 * and its JSONL must equal {@code NAME.expected.jsonl} byte for byte; a second run must give the same bytes.
 * After a deliberate change, {@code -Dscripts.update=true} rewrites the expected files (review the diff).
 */
class ScriptsTest {
    private static final Path DIR = Path.of("src/test/resources/scripts");

    @TestFactory
    Stream<DynamicTest> everyScriptPrintsWhatItsExpectedFileSays() throws IOException {
        List<Path> scripts;
        try (Stream<Path> s = Files.list(DIR)) {
            scripts = s.filter(p -> p.toString().endsWith(".sh")).sorted().toList();
        }
        assertThat(scripts).isNotEmpty();
        return scripts.stream().map(script -> DynamicTest.dynamicTest(script.getFileName().toString(), () -> {
            String text = Files.readString(script);
            String first = run(text);
            assertThat(run(text)).as("same seed, same commands, same bytes").isEqualTo(first);
            Path expected = DIR.resolve(script.getFileName().toString().replace(".sh", ".expected.jsonl"));
            if (Boolean.getBoolean("scripts.update")) Files.writeString(expected, first);
            assertThat(first).isEqualTo(Files.readString(expected));
        }));
    }

    private static String run(String script) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ScriptRunner.run(script, 1, true, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
        return out.toString(StandardCharsets.UTF_8);
    }
}
