package dockyard.sim.docker;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code docker rmi} and {@code docker history} over the daemon's image store. */
final class ImageCommands {
    private ImageCommands() {
    }

    static DockerResult rmi(LocalDocker docker, LocalContainers containers, List<String> refs, boolean force) {
        List<String> out = new ArrayList<>();
        List<String> err = new ArrayList<>();
        for (String r : refs) {
            Image img = docker.images.find(r).orElse(null);
            if (img == null) {
                err.add("Error response from daemon: No such image: " + LocalDocker.familiar(r));
                continue;
            }
            boolean byId = docker.images.tagsOf(img.id()).stream().noneMatch(t -> {
                try {
                    return t.canonical().equals(ImageRef.parse(r).canonical());
                } catch (DockerException e) {
                    return false;
                }
            });
            List<ImageRef> tagRefs = docker.images.tagsOf(img.id());
            String user = containers.userOf(img.id());
            if (user != null && !force) {
                err.add(byId ? "Error response from daemon: conflict: unable to delete " + Digests.shortId(img.id())
                        + " (must be forced) - image is being used by stopped container " + user
                        : "Error response from daemon: conflict: unable to remove repository reference \"" + r
                        + "\" (must force) - container " + user + " is using its referenced image " + Digests.shortId(img.id()));
                continue;
            }
            if (byId && tagRefs.size() > 1 && !force) {
                err.add("Error response from daemon: conflict: unable to delete " + Digests.shortId(img.id())
                        + " (must be forced) - image is referenced in multiple repositories");
                continue;
            }
            List<ImageRef> untag = byId ? tagRefs : List.of(ImageRef.parse(r));
            for (ImageRef t : untag) {
                docker.images.tags.remove(t.canonical());
                out.add("Untagged: " + t.familiar());
            }
            if (docker.images.tagsOf(img.id()).isEmpty()) {
                for (String d : docker.images.repoDigests.getOrDefault(img.id(), java.util.Set.of())) {
                    out.add("Untagged: " + LocalDocker.familiar(d));
                }
                if (user == null) {
                    docker.images.remove(img.id());
                    out.add("Deleted: " + img.id());
                }
            }
        }
        return new DockerResult(out, err, err.isEmpty() ? 0 : 1);
    }

    static DockerResult history(LocalDocker docker, String ref) {
        Image img = docker.images.find(ref).orElse(null);
        if (img == null) return LocalDocker.fail("Error response from daemon: No such image: " + LocalDocker.familiar(ref));
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("IMAGE", "CREATED", "CREATED BY", "SIZE", "COMMENT"));
        for (Map<String, String> r : historyRows(docker, img, false)) {
            rows.add(List.of(r.get("ID"), r.get("CreatedSince"), r.get("CreatedBy"), r.get("Size"), r.get("Comment")));
        }
        return DockerResult.ok(Human.table(rows));
    }

    /** {@code docker history --format} fields, newest step first: ID, CreatedSince, CreatedAt, CreatedBy, Size, Comment. */
    static List<Map<String, String>> historyRows(LocalDocker docker, Image img, boolean noTrunc) {
        List<Map<String, String>> out = new ArrayList<>();
        List<Layer> h = new ArrayList<>(img.history());
        java.util.Collections.reverse(h);
        for (int i = 0; i < h.size(); i++) {
            Layer l = h.get(i);
            String by = !noTrunc && l.createdBy().length() > 45 ? l.createdBy().substring(0, 44) + "…" : l.createdBy();
            Map<String, String> r = new java.util.LinkedHashMap<>();
            r.put("ID", i == 0 ? (noTrunc ? img.id() : Digests.shortId(img.id())) : "<missing>");
            r.put("CreatedSince", Human.duration(docker.kernel().now() - l.created()) + " ago");
            r.put("CreatedAt", Human.goTime(l.created()));
            r.put("CreatedBy", by);
            r.put("Size", Human.size(l.sizeBytes()));
            r.put("Comment", l.createdBy().endsWith("# buildkit") ? "buildkit.dockerfile.v0" : "");
            out.add(r);
        }
        return out;
    }

    /** {@code docker images --format} fields, one row per tag, newest image first (see {@link LocalDocker#imageRows}). */
    static List<Map<String, String>> imageRows(LocalDocker docker) {
        List<Map<String, String>> out = new ArrayList<>();
        List<Image> sorted = new ArrayList<>(docker.images.byId.values());
        sorted.sort(Comparator.comparingLong(Image::created).reversed());
        for (Image i : sorted) {
            List<ImageRef> refs = docker.images.tagsOf(i.id());
            if (refs.isEmpty()) out.add(imageRow(docker, i, "<none>", "<none>"));
            for (ImageRef r : refs) out.add(imageRow(docker, i, r.familiarName(), r.tag()));
        }
        return out;
    }

    private static Map<String, String> imageRow(LocalDocker docker, Image i, String repository, String tag) {
        Map<String, String> r = new LinkedHashMap<>();
        r.put("ID", Digests.shortId(i.id()));
        r.put("Repository", repository);
        r.put("Tag", tag);
        String digest = "<none>";
        for (String d : docker.images.repoDigests.getOrDefault(i.id(), java.util.Set.of())) {
            if (LocalDocker.familiar(d.substring(0, d.indexOf('@')) + ":x").equals(repository + ":x")) digest = d.substring(d.indexOf('@') + 1);
        }
        r.put("Digest", digest);
        r.put("CreatedSince", Human.duration(docker.kernel().now() - i.created()) + " ago");
        r.put("CreatedAt", Human.goTime(i.created()));
        r.put("Size", Human.size(i.sizeBytes()));
        r.put("Containers", "N/A");
        r.put("SharedSize", "N/A");
        r.put("UniqueSize", "N/A");
        r.put("VirtualSize", Human.size(i.sizeBytes()));
        return r;
    }
}
