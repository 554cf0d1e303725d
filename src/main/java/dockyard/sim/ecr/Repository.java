package dockyard.sim.ecr;

import dockyard.sim.docker.Image;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** One private repository and its images (by manifest digest), each with its tags. */
final class Repository {
    /** An image in the repository. Times are simulated ms since the kernel epoch. */
    static final class Stored {
        final Image image;
        final String digest;
        final Set<String> tags = new LinkedHashSet<>();
        final long pushedAt;
        long lastPulledAt = -1;

        Stored(Image image, long pushedAt) {
            this.image = image;
            this.digest = image.manifestDigest();
            this.pushedAt = pushedAt;
        }
    }

    final String name;
    final String region;
    final String arn;
    final String uri;
    final long createdAt;
    String mutability;
    boolean scanOnPush;
    final Map<String, Stored> images = new LinkedHashMap<>();

    Repository(String name, String region, String account, long createdAt, String mutability, boolean scanOnPush) {
        this.name = name;
        this.region = region;
        this.arn = "arn:aws:ecr:" + region + ":" + account + ":repository/" + name;
        this.uri = account + ".dkr.ecr." + region + ".amazonaws.com/" + name;
        this.createdAt = createdAt;
        this.mutability = mutability;
        this.scanOnPush = scanOnPush;
    }

    Stored byTag(String tag) {
        for (Stored s : images.values()) if (s.tags.contains(tag)) return s;
        return null;
    }

    boolean hasLayer(String digest) {
        for (Stored s : images.values()) {
            for (var l : s.image.layers()) if (l.digest().equals(digest)) return true;
        }
        return false;
    }
}
