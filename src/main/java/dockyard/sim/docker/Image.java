package dockyard.sim.docker;

import java.util.ArrayList;
import java.util.List;

/**
 * An image: its ID (the digest of its config and layers), the steps that made it, its configuration and its
 * root file system (frozen, shared by every container of the image). Immutable.
 *
 * @param id      {@code sha256:...}; the same Dockerfile and context always give the same ID
 * @param history every step, oldest first (base image steps included)
 * @param config  what a container runs
 * @param rootFs  the merged file system of all layers (frozen)
 * @param created simulated milliseconds since the kernel epoch when it was made (negative = before the sandbox)
 * @param manifestDigest the manifest digest a registry reports for this image ({@code RepoDigests}, ECR {@code imageDigest})
 */
public record Image(String id, List<Layer> history, ImageConfig config, Filesystem rootFs, long created, String manifestDigest) {
    public Image {
        history = List.copyOf(history);
        if (!rootFs.frozen()) throw new IllegalArgumentException("an image's file system is frozen");
    }

    /** An image whose manifest digest is computed from its ID and layers. */
    public Image(String id, List<Layer> history, ImageConfig config, Filesystem rootFs, long created) {
        this(id, history, config, rootFs, created, digestOf(id, history));
    }

    /** The filesystem layers only (those with a digest), oldest first. */
    public List<Layer> layers() {
        List<Layer> out = new ArrayList<>();
        for (Layer l : history) if (!l.empty()) out.add(l);
        return out;
    }

    /** Total bytes of its layers, as {@code docker images} SIZE. */
    public long sizeBytes() {
        long s = 0;
        for (Layer l : history) s += l.sizeBytes();
        return s;
    }

    private static String digestOf(String id, List<Layer> history) {
        StringBuilder b = new StringBuilder("manifest\n").append(id);
        for (Layer l : history) if (!l.empty()) b.append('\n').append(l.digest());
        return Digests.sha256(b.toString());
    }

    /** Computes an image ID from a config and its history. */
    public static String idOf(ImageConfig config, List<Layer> history) {
        StringBuilder b = new StringBuilder("image\n").append(config.canonical());
        for (Layer l : history) b.append('\n').append(l.digest()).append(' ').append(l.createdBy());
        return Digests.sha256(b.toString());
    }
}
