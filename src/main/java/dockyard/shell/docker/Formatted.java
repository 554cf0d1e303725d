package dockyard.shell.docker;

import com.fasterxml.jackson.databind.JsonNode;
import dockyard.shell.Io;
import dockyard.shell.docker.format.GoTemplate;
import dockyard.shell.docker.format.Listing;
import dockyard.shell.docker.format.TemplateError;
import dockyard.sim.docker.Inspect;
import dockyard.sim.docker.LocalDocker;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code --format} for {@code docker inspect}, {@code docker ps} and {@code docker images}, with Docker's messages
 * and exit codes: an inspect template that does not parse exits 64 before anything is looked up; one that fails
 * on an object, or a name that matches nothing, adds an error line and exits 1 after the other objects print.
 */
final class Formatted {
    static final String PS_TABLE = "{{.ID}}\\t{{.Image}}\\t{{.Command}}\\t{{.RunningFor}}\\t{{.Status}}\\t{{.Ports}}\\t{{.Names}}";
    static final String IMAGES_TABLE = "{{.Repository}}\\t{{.Tag}}\\t{{.ID}}\\t{{.CreatedSince}}\\t{{.Size}}";
    static final Map<String, String> PS_HEADERS = headers("ID", "CONTAINER ID", "Image", "IMAGE", "Command", "COMMAND",
            "CreatedAt", "CREATED AT", "RunningFor", "CREATED", "Ports", "PORTS", "State", "STATE", "Status", "STATUS", "Size", "SIZE",
            "Names", "NAMES", "Labels", "LABELS", "Mounts", "MOUNTS", "Networks", "NETWORKS", "LocalVolumes", "LOCAL VOLUMES");
    static final Map<String, String> IMAGE_HEADERS = headers("ID", "IMAGE ID", "Repository", "REPOSITORY", "Tag", "TAG",
            "Digest", "DIGEST", "CreatedSince", "CREATED", "CreatedAt", "CREATED AT", "Size", "SIZE", "Containers", "CONTAINERS",
            "SharedSize", "SHARED SIZE", "UniqueSize", "UNIQUE SIZE", "VirtualSize", "VIRTUAL SIZE");

    static final String HISTORY_TABLE = "{{.ID}}\\t{{.CreatedSince}}\\t{{.CreatedBy}}\\t{{.Size}}\\t{{.Comment}}";
    static final Map<String, String> HISTORY_HEADERS = headers("ID", "IMAGE", "CreatedSince", "CREATED", "CreatedAt", "CREATED AT",
            "CreatedBy", "CREATED BY", "Size", "SIZE", "Comment", "COMMENT");

    private Formatted() {
    }

    static int inspect(Io io, LocalDocker docker, List<String> names, String format, String type) {
        GoTemplate template;
        try {
            template = GoTemplate.parse(format);
        } catch (TemplateError e) {
            io.eprintln("template parsing error: " + e.getMessage());
            return 64;
        }
        List<String> errors = new ArrayList<>();
        StringBuilder out = new StringBuilder();
        for (String name : names) {
            Inspect.Found found = docker.inspectObjects(List.of(name), type);
            errors.addAll(found.errors());
            for (JsonNode o : found.objects()) {
                try {
                    out.append(template.execute(o, null)).append('\n');
                } catch (TemplateError e) {
                    errors.add("template parsing error: " + e.getMessage());
                }
            }
        }
        io.out().write(out.toString());
        for (String e : errors) io.eprintln(e);
        return errors.isEmpty() ? 0 : 1;
    }

    /** {@code docker ps --format}: the template is validated on an empty row first, as Docker does. */
    static int ps(Io io, LocalDocker docker, boolean all, String format) {
        Listing listing;
        try {
            listing = Listing.parse(format, PS_TABLE);
        } catch (TemplateError e) {
            io.eprintln("failed to parse template: " + e.getMessage());
            return 1;
        }
        try {
            listing.validate(PS_HEADERS, "*formatter.ContainerContext");
        } catch (TemplateError e) {
            io.eprintln("failed to execute template: " + e.getMessage());
            return 1;
        }
        return render(io, listing, docker.psRows(all), PS_HEADERS, "*formatter.ContainerContext");
    }

    /** {@code docker images [REPOSITORY[:TAG]]}: all tags of a repository, or just the one tag given. */
    static int images(Io io, LocalDocker docker, String format, String reference) {
        Listing listing;
        try {
            listing = Listing.parse(format, IMAGES_TABLE);
        } catch (TemplateError e) {
            io.eprintln("template parsing error: " + e.getMessage());
            return 1;
        }
        List<Map<String, String>> rows = docker.imageRows();
        if (reference != null) {
            int slash = reference.lastIndexOf('/');
            int colon = reference.lastIndexOf(':');
            String repository = colon > slash ? reference.substring(0, colon) : reference;
            String tag = colon > slash ? reference.substring(colon + 1) : null;
            String familiar = repository.startsWith("docker.io/library/") ? repository.substring(18)
                    : repository.startsWith("library/") ? repository.substring(8) : repository;
            rows = rows.stream().filter(r -> r.get("Repository").equals(familiar) && (tag == null || r.get("Tag").equals(tag))).toList();
        }
        return render(io, listing, rows, IMAGE_HEADERS, "*formatter.imageContext");
    }

    /** {@code docker history --format}; -1 when no image matches, so the plain command reports that as Docker does. */
    static int history(Io io, LocalDocker docker, String ref, boolean noTrunc, String format) {
        var rows = docker.historyRows(ref, noTrunc);
        if (rows.isEmpty()) return -1;
        Listing listing;
        try {
            listing = Listing.parse(format, HISTORY_TABLE);
        } catch (TemplateError e) {
            io.eprintln("template parsing error: " + e.getMessage());
            return 1;
        }
        return render(io, listing, rows.get(), HISTORY_HEADERS, "*formatter.historyContext");
    }

    private static int render(Io io, Listing listing, List<Map<String, String>> rows, Map<String, String> headers, String type) {
        try {
            io.out().write(listing.render(rows, headers, type));
            return 0;
        } catch (TemplateError e) {
            // Docker's formatter wraps execution errors this way (with a trailing newline of its own).
            io.eprintln("Template parsing error: " + e.getMessage());
            io.eprintln("");
            return 1;
        }
    }

    private static Map<String, String> headers(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) m.put(pairs[i], pairs[i + 1]);
        return java.util.Collections.unmodifiableMap(m);
    }
}
