package dockyard;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Everything the server reads from its environment, read once at start.
 *
 * @param port     HTTP port; 0 picks a free one (tests)
 * @param database path of the SQLite file; its folder is created on start
 * @param dev      author mode: content, templates and static files are read from disk and reloaded on change
 * @param root     the project folder that holds {@code content/}, {@code static/} and templates in dev mode
 * @param content  a content folder to serve instead of the one the jar carries (null: the jar's, or
 *                 {@code root/content} in dev mode)
 */
public record Config(int port, Path database, boolean dev, Path root, Path content) {

    public Config(int port, Path database, boolean dev, Path root) {
        this(port, database, dev, root, null);
    }

    public static Config fromEnvironment(Map<String, String> env) {
        int port = parsePort(env.getOrDefault("PORT", "7070"));
        Path db = Path.of(env.getOrDefault("DOCKYARD_DB", "./data/dockyard.db"));
        boolean dev = "1".equals(env.get("DOCKYARD_DEV")) || "true".equalsIgnoreCase(env.get("DOCKYARD_DEV"));
        Path root = Path.of(env.getOrDefault("DOCKYARD_ROOT", ".")).toAbsolutePath().normalize();
        String contentDir = env.get("DOCKYARD_CONTENT");
        Path content = contentDir == null || contentDir.isBlank() ? null : Path.of(contentDir).toAbsolutePath().normalize();
        if (content != null && !Files.isRegularFile(content.resolve("course.yaml"))) {
            throw new IllegalStateException("DOCKYARD_CONTENT must be a content folder with a course.yaml; not found under " + content);
        }
        if (dev && !Files.isDirectory(root.resolve("static"))) {
            throw new IllegalStateException("DOCKYARD_DEV=1 needs the project folder (with static/ and content/) as the working directory or DOCKYARD_ROOT; not found under " + root);
        }
        if (dev && content == null && !Files.isDirectory(root.resolve("content"))) {
            throw new IllegalStateException("DOCKYARD_DEV=1 reads content/ under the project folder; not found under " + root + " (or set DOCKYARD_CONTENT)");
        }
        return new Config(port, db, dev, root, content);
    }

    /** The content folder to serve: DOCKYARD_CONTENT, else {@code content/} under the root in dev mode; null means the jar's. */
    public Path contentOnDisk() {
        if (content != null) return content;
        return dev ? root.resolve("content") : null;
    }

    private static int parsePort(String raw) {
        try {
            int p = Integer.parseInt(raw.trim());
            if (p < 0 || p > 65535) throw new NumberFormatException();
            return p;
        } catch (NumberFormatException e) {
            throw new IllegalStateException("PORT must be a number from 0 to 65535, got '" + raw + "'");
        }
    }

    public Config withPort(int newPort) { return new Config(newPort, database, dev, root, content); }
    public Config withDatabase(Path newDb) { return new Config(port, newDb, dev, root, content); }
}
