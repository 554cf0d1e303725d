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
 */
public record Config(int port, Path database, boolean dev, Path root) {

    public static Config fromEnvironment(Map<String, String> env) {
        int port = parsePort(env.getOrDefault("PORT", "7070"));
        Path db = Path.of(env.getOrDefault("DOCKYARD_DB", "./data/dockyard.db"));
        boolean dev = "1".equals(env.get("DOCKYARD_DEV")) || "true".equalsIgnoreCase(env.get("DOCKYARD_DEV"));
        Path root = Path.of(env.getOrDefault("DOCKYARD_ROOT", ".")).toAbsolutePath().normalize();
        if (dev && !Files.isDirectory(root.resolve("content"))) {
            throw new IllegalStateException("DOCKYARD_DEV=1 needs the project folder (with content/) as the working directory or DOCKYARD_ROOT; not found under " + root);
        }
        return new Config(port, db, dev, root);
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

    public Config withPort(int newPort) { return new Config(newPort, database, dev, root); }
    public Config withDatabase(Path newDb) { return new Config(port, newDb, dev, root); }
}
