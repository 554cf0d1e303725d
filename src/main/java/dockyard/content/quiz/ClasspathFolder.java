package dockyard.content.quiz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;

/** A folder of the classpath as a {@link Path}, whether it lies on disk (tests) or inside the jar. */
public final class ClasspathFolder {
    private ClasspathFolder() {
    }

    /** The folder, or {@code null} when the classpath has none by that name. */
    public static Path resolve(String name) {
        URL url = ClasspathFolder.class.getClassLoader().getResource(name);
        if (url == null) return null;
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException already) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return fs.getPath(name);
            }
            return Path.of(uri);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("bad classpath URL " + url, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
