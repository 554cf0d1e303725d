package dockyard.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** Finds the {@code content/} folder the jar carries, as a {@link Path} whether it is in a jar or on disk. */
public final class ContentRoots {
    private ContentRoots() {
    }

    /** The bundled {@code content/} folder, or empty when the build carried none. */
    public static Optional<Path> bundled() {
        URL url = ContentRoots.class.getResource("/content/course.yaml");
        if (url == null) return Optional.empty();
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                String jar = uri.toString().substring(0, uri.toString().indexOf("!/"));
                try {
                    return Optional.of(FileSystems.newFileSystem(URI.create(jar), Map.of()).getPath("/content"));
                } catch (FileSystemAlreadyExistsException e) {
                    return Optional.of(FileSystems.getFileSystem(URI.create(jar)).getPath("/content"));
                }
            }
            return Optional.of(Path.of(uri).getParent());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
