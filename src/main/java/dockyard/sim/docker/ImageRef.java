package dockyard.sim.docker;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A parsed image reference, normalized as Docker does: {@code ubuntu} is {@code docker.io/library/ubuntu:latest},
 * {@code amazon/aws-cli} is {@code docker.io/amazon/aws-cli:latest}; a first component with a dot or a colon, or
 * {@code localhost}, is a registry ({@code public.ecr.aws}, {@code 123456789012.dkr.ecr.<region>.amazonaws.com}).
 *
 * @param registry   e.g. {@code docker.io}
 * @param repository e.g. {@code library/ubuntu}, {@code team-a/web}
 * @param tag        the tag ({@code latest} when neither tag nor digest was given), or null with a digest
 * @param digest     {@code sha256:...} when pinned by digest, else null
 */
public record ImageRef(String registry, String repository, String tag, String digest) {
    public static final String DOCKER_HUB = "docker.io";
    private static final Pattern COMPONENT = Pattern.compile("[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*");
    private static final Pattern TAG = Pattern.compile("[\\w][\\w.-]{0,127}");
    private static final Pattern DIGEST = Pattern.compile("sha256:[a-f0-9]{64}");
    private static final Pattern ECR_HOST = Pattern.compile("(\\d{12})\\.dkr\\.ecr\\.([a-z0-9-]+)\\.amazonaws\\.com");

    /** Parses a reference, or throws {@link DockerException} with Docker's "invalid reference format" message. */
    public static ImageRef parse(String ref) {
        if (ref == null || ref.isEmpty() || ref.length() > 255) throw invalid("");
        String rest = ref;
        String digest = null;
        int at = rest.indexOf('@');
        if (at >= 0) {
            digest = rest.substring(at + 1);
            rest = rest.substring(0, at);
            if (!DIGEST.matcher(digest).matches()) throw invalid("");
        }
        String tag = null;
        int slash = rest.lastIndexOf('/');
        int colon = rest.lastIndexOf(':');
        if (colon > slash) {
            tag = rest.substring(colon + 1);
            rest = rest.substring(0, colon);
            if (!TAG.matcher(tag).matches()) throw invalid("");
        }
        String registry = DOCKER_HUB;
        String path = rest;
        int first = rest.indexOf('/');
        if (first > 0) {
            String head = rest.substring(0, first);
            if (head.contains(".") || head.contains(":") || head.equals("localhost")) {
                registry = head;
                path = rest.substring(first + 1);
            }
        }
        if (registry.equals("index.docker.io") || registry.equals("registry-1.docker.io")) registry = DOCKER_HUB;
        if (path.isEmpty()) throw invalid("");
        for (String c : path.split("/", -1)) {
            if (!COMPONENT.matcher(c).matches()) {
                if (!c.isEmpty() && COMPONENT.matcher(c.toLowerCase()).matches()) {
                    throw invalid(": repository name (" + (registry.equals(DOCKER_HUB) && !path.contains("/") ? "library/" : "") + path + ") must be lowercase");
                }
                throw invalid("");
            }
        }
        if (registry.equals(DOCKER_HUB) && !path.contains("/")) path = "library/" + path;
        if (tag == null && digest == null) tag = "latest";
        return new ImageRef(registry, path, tag, digest);
    }

    private static DockerException invalid(String detail) {
        return new DockerException("invalid reference format" + detail, 1);
    }

    /** The short name Docker prints: {@code ubuntu}, {@code amazon/aws-cli}, or the full name for other registries. */
    public String familiarName() {
        if (registry.equals(DOCKER_HUB)) {
            return repository.startsWith("library/") ? repository.substring(8) : repository;
        }
        return registry + "/" + repository;
    }

    /** {@code familiarName:tag} (or {@code @digest}). */
    public String familiar() {
        return familiarName() + (digest != null ? "@" + digest : ":" + tag);
    }

    /** The fully qualified {@code registry/repository:tag}, as the last line of {@code docker pull} prints it. */
    public String canonical() {
        return registry + "/" + repository + (digest != null ? "@" + digest : ":" + tag);
    }

    /** {@code tag} or {@code digest}: what identifies the image within its repository. */
    public String reference() {
        return digest != null ? digest : tag;
    }

    public boolean isDockerHub() { return registry.equals(DOCKER_HUB); }

    public boolean isEcrPublic() { return registry.equals("public.ecr.aws"); }

    /** For a private ECR host: the account id and the region. */
    public Optional<String[]> ecrAccountAndRegion() {
        var m = ECR_HOST.matcher(registry);
        return m.matches() ? Optional.of(new String[]{m.group(1), m.group(2)}) : Optional.empty();
    }

    /** The {@code docker login} server name of this reference's registry. */
    public String loginServer() {
        return isDockerHub() ? "https://index.docker.io/v1/" : registry;
    }
}
