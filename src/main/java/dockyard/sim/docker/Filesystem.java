package dockyard.sim.docker;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * An in-memory POSIX-ish file tree: the learner's workspace, image layers, a container's writable layer, an
 * EFS file system. Paths are absolute ({@code /home/learner/app.py}); {@link #resolve} turns a relative path
 * and a current directory into one. Files hold text (size = its UTF-8 bytes) or are binary with a declared size
 * in bytes and no content.
 *
 * <p>A file system may sit on a frozen <em>lower</em> one ({@link #overlay()}), as an image layer or a container's
 * writable layer sits on the image: reads fall through, writes and deletions (whiteouts) stay in the upper
 * layer. Other file systems can be {@link #mount mounted} at a directory (volumes, EFS, bind mounts); a
 * mount may expose only a sub-directory of its source. A {@link #freeze() frozen} file system never changes.
 */
public final class Filesystem {
    /** One entry: a directory, or a file with its text (null for binary files) and size in bytes. */
    public record Node(boolean directory, String text, long size) {
        static final Node DIR = new Node(true, null, 0);

        public boolean binary() { return !directory && text == null; }
    }

    private record Mount(String at, Filesystem source, String sourceDir) {
    }

    private final Filesystem lower;
    private final TreeMap<String, Node> nodes = new TreeMap<>();
    private final Set<String> whiteouts = new HashSet<>();
    private final List<Mount> mounts = new ArrayList<>(0);
    private boolean frozen;

    private Filesystem(Filesystem lower) {
        this.lower = lower;
    }

    /** A new, empty, writable file system holding only {@code /}. */
    public static Filesystem empty() {
        return new Filesystem(null);
    }

    /** A writable layer on top of this one, which must be frozen. */
    public Filesystem overlay() {
        if (!frozen) throw new IllegalStateException("only a frozen file system can be a lower layer");
        return new Filesystem(this);
    }

    /** Makes this file system read-only for good (and returns it). Mounted file systems stay as they are. */
    public Filesystem freeze() {
        frozen = true;
        return this;
    }

    public boolean frozen() { return frozen; }

    /** A view of {@code dir} of this file system as the root of a new one (bind mounts, EFS access points). */
    public Filesystem view(String dir) {
        Filesystem v = empty();
        v.mounts.add(new Mount("/", this, FsPath.normalize(dir)));
        return v;
    }

    /** Mounts {@code source}'s {@code sourceDir} at {@code at} (an absolute path) of this file system. */
    public void mount(String at, Filesystem source, String sourceDir) {
        String p = FsPath.normalize(at);
        mounts.removeIf(m -> m.at.equals(p));
        mounts.add(new Mount(p, source, FsPath.normalize(sourceDir)));
        if (!p.equals("/") && !frozen) mkdirs(p);
    }

    // --- reading ---

    public Optional<Node> stat(String path) {
        String p = FsPath.normalize(path);
        Mount m = mountFor(p);
        if (m != null) return m.source.stat(inner(m, p));
        return Optional.ofNullable(local(p));
    }

    public boolean exists(String path) { return stat(path).isPresent(); }

    public boolean isDirectory(String path) { return stat(path).map(Node::directory).orElse(false); }

    public boolean isFile(String path) { return stat(path).map(n -> !n.directory()).orElse(false); }

    /** The text of a file; empty when it does not exist, is a directory or is binary. */
    public Optional<String> read(String path) {
        return stat(path).filter(n -> !n.directory()).map(n -> n.text() == null ? "" : n.text());
    }

    /** Size in bytes of a file, 0 for a directory or a missing path. */
    public long size(String path) { return stat(path).map(Node::size).orElse(0L); }

    /** Names of the direct children of a directory, sorted; empty when it is not a directory. */
    public List<String> list(String dir) {
        String p = FsPath.normalize(dir);
        Mount m = mountFor(p);
        if (m != null) return m.source.list(inner(m, p));
        TreeSet<String> names = new TreeSet<>();
        collectChildren(p, names);
        for (Mount mt : mounts) {
            if (!mt.at.equals(p) && FsPath.parent(mt.at).equals(p)) names.add(FsPath.baseName(mt.at));
        }
        return new ArrayList<>(names);
    }

    /** Every file (not directory) under {@code dir}, by absolute path, sorted; {@code dir} itself if it is a file. */
    public Map<String, Node> files(String dir) {
        TreeMap<String, Node> out = new TreeMap<>();
        String p = FsPath.normalize(dir);
        Optional<Node> n = stat(p);
        if (n.isEmpty()) return out;
        if (!n.get().directory()) {
            out.put(p, n.get());
            return out;
        }
        for (String child : list(p)) {
            out.putAll(files(p.equals("/") ? "/" + child : p + "/" + child));
        }
        return out;
    }

    /** Bytes of every file in this file system (not in its mounts), lower layers included. */
    public long totalSize() {
        long sum = 0;
        for (Node n : files("/").values()) sum += n.size();
        return sum;
    }

    /** Bytes written in this layer only (not the lower layers, not mounts). */
    public long layerSize() {
        long sum = 0;
        for (Node n : nodes.values()) sum += n.size();
        return sum;
    }

    // --- writing ---

    /** Creates or replaces a text file, creating its parent directories. */
    public void write(String path, String text) {
        put(path, new Node(false, text, text.getBytes(StandardCharsets.UTF_8).length));
    }

    /** Creates or replaces a binary file of {@code sizeBytes} bytes (content is not kept). */
    public void writeBinary(String path, long sizeBytes) {
        put(path, new Node(false, null, sizeBytes));
    }

    /** Appends text to a file, creating it when missing. */
    public void append(String path, String text) {
        write(path, read(path).orElse("") + text);
    }

    /** Creates a directory and its parents (like {@code mkdir -p}). */
    public void mkdirs(String path) {
        String p = FsPath.normalize(path);
        Mount m = mountFor(p);
        if (m != null) {
            m.source.mkdirs(inner(m, p));
            return;
        }
        checkWritable();
        while (!p.equals("/")) {
            Node existing = local(p);
            if (existing != null && existing.directory()) break;
            nodes.put(p, Node.DIR);
            whiteouts.remove(p);
            p = FsPath.parent(p);
        }
    }

    /** Copies a file or a directory tree from another file system (or this one). */
    public void copyFrom(Filesystem source, String from, String to) {
        String src = FsPath.normalize(from);
        String dst = FsPath.normalize(to);
        for (Map.Entry<String, Node> e : source.files(src).entrySet()) {
            String rel = e.getKey().substring(src.length());
            put(dst + rel, e.getValue());
        }
        if (source.isDirectory(src)) mkdirs(dst);
    }

    /** Removes a file or a directory tree; false when nothing was there. */
    public boolean delete(String path) {
        String p = FsPath.normalize(path);
        Mount m = mountFor(p);
        if (m != null) {
            if (m.at.equals(p)) return false;
            return m.source.delete(inner(m, p));
        }
        checkWritable();
        if (p.equals("/") || local(p) == null) return false;
        nodes.remove(p);
        nodes.subMap(p + "/", p + "/\uffff").clear();
        if (lower != null && lower.exists(p)) whiteouts.add(p);
        return true;
    }

    // --- internals ---

    private void put(String path, Node node) {
        String p = FsPath.normalize(path);
        Mount m = mountFor(p);
        if (m != null) {
            m.source.put(inner(m, p), node);
            return;
        }
        checkWritable();
        if (p.equals("/")) throw new IllegalArgumentException("/ is a directory");
        mkdirs(FsPath.parent(p));
        nodes.put(p, node);
        whiteouts.remove(p);
        nodes.subMap(p + "/", p + "/\uffff").clear();
    }

    private void checkWritable() {
        if (frozen) throw new IllegalStateException("read-only file system");
    }

    private Node local(String p) {
        if (p.equals("/")) return Node.DIR;
        Node n = nodes.get(p);
        if (n != null) return n;
        if (lower == null || whitedOut(p)) return null;
        return lower.stat(p).orElse(null);
    }

    private boolean whitedOut(String p) {
        if (whiteouts.isEmpty()) return false;
        for (String q = p; !q.equals("/"); q = FsPath.parent(q)) {
            if (whiteouts.contains(q)) return true;
            if (nodes.containsKey(q) && !q.equals(p)) return false;
        }
        return false;
    }

    private void collectChildren(String p, Set<String> names) {
        Node self = local(p);
        if (self == null || !self.directory()) return;
        String prefix = p.equals("/") ? "/" : p + "/";
        for (String key : nodes.subMap(prefix, prefix + "\uffff").keySet()) {
            String rest = key.substring(prefix.length());
            if (!rest.isEmpty() && rest.indexOf('/') < 0) names.add(rest);
        }
        if (lower != null && !whitedOut(p)) {
            for (String child : lower.list(p)) {
                String cp = prefix + child;
                if (!whiteouts.contains(cp)) names.add(child);
            }
        }
    }

    private Mount mountFor(String p) {
        Mount best = null;
        for (Mount m : mounts) {
            boolean under = m.at.equals("/") || p.equals(m.at) || p.startsWith(m.at + "/");
            if (under && (best == null || m.at.length() > best.at.length())) best = m;
        }
        return best;
    }

    private static String inner(Mount m, String p) {
        String rest = m.at.equals("/") ? p : p.substring(m.at.length());
        return FsPath.normalize(m.sourceDir + "/" + rest);
    }
}
