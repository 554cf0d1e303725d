package dockyard.sim.docker;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** A build context: the files under a workspace directory, minus what {@code .dockerignore} excludes. */
final class BuildContext {
    private final Filesystem fs;
    private final String dir;
    private final List<Pattern> ignored = new ArrayList<>();
    private final List<Pattern> reincluded = new ArrayList<>();

    BuildContext(Filesystem fs, String dir) {
        this.fs = fs;
        this.dir = dir;
        for (String line : fs.read(dir + "/.dockerignore").orElse("").split("\n")) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) continue;
            boolean not = l.startsWith("!");
            String p = FsPath.normalize(not ? l.substring(1) : l).substring(1);
            (not ? reincluded : ignored).add(glob(p));
        }
    }

    Filesystem fs() { return fs; }

    String dir() { return dir; }

    /** Context-relative path ({@code app.py}, {@code src/x.js}) → included? */
    boolean included(String rel) {
        boolean out = false;
        String path = rel;
        while (!path.isEmpty()) {
            for (Pattern p : ignored) if (p.matcher(path).matches()) out = true;
            int i = path.lastIndexOf('/');
            path = i < 0 ? "" : path.substring(0, i);
        }
        if (out) for (Pattern p : reincluded) if (p.matcher(rel).matches()) out = false;
        return !out;
    }

    /** Every included file, context-relative path → node, sorted. */
    Map<String, Filesystem.Node> files() {
        Map<String, Filesystem.Node> out = new TreeMap<>();
        String prefix = dir.equals("/") ? "/" : dir + "/";
        for (Map.Entry<String, Filesystem.Node> e : fs.files(dir).entrySet()) {
            String rel = e.getKey().substring(prefix.length());
            if (included(rel)) out.put(rel, e.getValue());
        }
        return out;
    }

    /** Bytes the client sends to the daemon. */
    long size() {
        long s = 0;
        for (Filesystem.Node n : files().values()) s += n.size();
        return s;
    }

    /** Context-relative paths a COPY source names (a file, a directory, or a glob on the last component). */
    List<String> match(String source) {
        String rel = FsPath.normalize("/" + source).substring(1);
        List<String> out = new ArrayList<>();
        if (rel.isEmpty()) {
            out.add("");
            return out;
        }
        if (rel.contains("*") || rel.contains("?")) {
            Pattern p = glob(rel);
            for (String f : files().keySet()) if (p.matcher(f).matches()) out.add(f);
            return out;
        }
        String abs = dir + "/" + rel;
        if (fs.exists(abs) && included(rel)) out.add(rel);
        return out;
    }

    private static Pattern glob(String g) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < g.length(); i++) {
            char c = g.charAt(i);
            if (c == '*') {
                if (i + 1 < g.length() && g.charAt(i + 1) == '*') {
                    b.append(".*");
                    i++;
                    if (i + 1 < g.length() && g.charAt(i + 1) == '/') i++;
                } else {
                    b.append("[^/]*");
                }
            } else if (c == '?') {
                b.append("[^/]");
            } else {
                b.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(b.toString());
    }
}
