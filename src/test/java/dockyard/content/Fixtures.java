package dockyard.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The small fixture course under src/test/resources/fixture-content, and copies of it to break. */
public final class Fixtures {
    private Fixtures() {
    }

    public static Path course() {
        try {
            return Path.of(Fixtures.class.getResource("/fixture-content/course.yaml").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A writable copy of the fixture course in a fresh temporary folder. */
    public static Path copy() {
        try {
            Path target = Files.createTempDirectory("dockyard-content");
            Path source = course();
            try (Stream<Path> walk = Files.walk(source)) {
                for (Path p : walk.toList()) {
                    Path t = target.resolve(source.relativize(p).toString());
                    if (Files.isDirectory(p)) Files.createDirectories(t);
                    else Files.copy(p, t);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
