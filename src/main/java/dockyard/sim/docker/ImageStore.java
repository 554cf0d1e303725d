package dockyard.sim.docker;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** The local daemon's images: by ID, their tags ({@code registry/repository:tag} → ID), repo digests and layers. */
final class ImageStore {
    private static final Pattern HEX_PREFIX = Pattern.compile("(sha256:)?[a-f0-9]{4,64}");
    final Map<String, Image> byId = new LinkedHashMap<>();
    final Map<String, String> tags = new LinkedHashMap<>();
    final Map<String, Set<String>> repoDigests = new LinkedHashMap<>();
    final Map<String, Long> added = new LinkedHashMap<>();
    private final Set<String> layers = new HashSet<>();

    void add(Image image, long now) {
        if (byId.putIfAbsent(image.id(), image) == null) added.put(image.id(), now);
        for (Layer l : image.layers()) layers.add(l.digest());
    }

    boolean hasLayer(String digest) { return layers.contains(digest); }

    /** Points {@code ref} at the image; returns the ID the tag pointed to before (or null). */
    String tag(ImageRef ref, Image image) {
        return tags.put(ref.canonical(), image.id());
    }

    void addRepoDigest(Image image, ImageRef ref) {
        repoDigests.computeIfAbsent(image.id(), k -> new LinkedHashSet<>()).add(ref.registry() + "/" + ref.repository() + "@" + image.manifestDigest());
    }

    /** Finds an image by reference, then by (unique) ID prefix, as the daemon does. */
    Optional<Image> find(String nameOrId) {
        try {
            ImageRef ref = ImageRef.parse(nameOrId);
            String id = tags.get(ref.canonical());
            if (id != null) return Optional.of(byId.get(id));
            if (ref.digest() != null) {
                for (Image i : byId.values()) {
                    if (i.manifestDigest().equals(ref.digest()) && repoDigests.getOrDefault(i.id(), Set.of())
                            .contains(ref.registry() + "/" + ref.repository() + "@" + ref.digest())) return Optional.of(i);
                }
            }
        } catch (DockerException e) {
            // not a reference; try an ID below
        }
        if (HEX_PREFIX.matcher(nameOrId).matches()) {
            String hex = nameOrId.startsWith("sha256:") ? nameOrId : "sha256:" + nameOrId;
            List<Image> hits = new ArrayList<>();
            for (Image i : byId.values()) if (i.id().startsWith(hex)) hits.add(i);
            if (hits.size() == 1) return Optional.of(hits.get(0));
        }
        return Optional.empty();
    }

    /** The tags of an image, as {@link ImageRef}s, in the order they were made. */
    List<ImageRef> tagsOf(String imageId) {
        List<ImageRef> out = new ArrayList<>();
        for (Map.Entry<String, String> e : tags.entrySet()) if (e.getValue().equals(imageId)) out.add(ImageRef.parse(e.getKey()));
        return out;
    }

    void remove(String imageId) {
        byId.remove(imageId);
        repoDigests.remove(imageId);
        added.remove(imageId);
        tags.values().removeIf(imageId::equals);
        layers.clear();
        for (Image i : byId.values()) for (Layer l : i.layers()) layers.add(l.digest());
    }
}
