package dockyard.sim.docker;

import java.util.ArrayList;
import java.util.List;

/** Path arithmetic for the simulated file systems: absolute paths, {@code /}-separated, no symbolic links. */
public final class FsPath {
    private FsPath() {
    }

    /** The absolute, normalized form of {@code path} relative to {@code cwd} ({@code .} and {@code ..} resolved). */
    public static String resolve(String cwd, String path) {
        if (path == null || path.isEmpty()) return normalize(cwd);
        return normalize(path.startsWith("/") ? path : cwd + "/" + path);
    }

    /** An absolute path with {@code .}, {@code ..} and repeated slashes resolved. */
    public static String normalize(String path) {
        if (isNormal(path)) return path;
        List<String> parts = new ArrayList<>();
        for (String s : path.split("/")) {
            if (s.isEmpty() || s.equals(".")) continue;
            if (s.equals("..")) {
                if (!parts.isEmpty()) parts.remove(parts.size() - 1);
            } else {
                parts.add(s);
            }
        }
        return "/" + String.join("/", parts);
    }

    private static boolean isNormal(String p) {
        if (p.isEmpty() || p.charAt(0) != '/') return false;
        if (p.length() == 1) return true;
        if (p.charAt(p.length() - 1) == '/') return false;
        return !p.contains("//") && !p.contains("/./") && !p.contains("/../") && !p.endsWith("/.") && !p.endsWith("/..");
    }

    /** The parent directory of an absolute path ({@code /} for {@code /}). */
    public static String parent(String path) {
        String p = normalize(path);
        int i = p.lastIndexOf('/');
        return i <= 0 ? "/" : p.substring(0, i);
    }

    /** The last component of a path. */
    public static String baseName(String path) {
        String p = normalize(path);
        return p.substring(p.lastIndexOf('/') + 1);
    }
}
