package dockyard.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * A small course for hands-on question tests: the fixture course's three lessons, one multiple-choice question on
 * {@code running}, and two hands-on questions on it ({@code make-a-cluster}: checks only; {@code task-memory}: asks
 * a value, 300), copied to a fresh folder so a test may add or break files.
 */
public final class HandsOnFixture {
    private HandsOnFixture() {
    }

    public static Path content() {
        try {
            Path to = Files.createTempDirectory("dockyard-handson-");
            copy(Path.of("src/test/resources/fixture-content"), to);
            copy(Path.of("src/test/resources/handson-fixture"), to);
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
