package dockyard.sim.docker;

import java.util.List;
import java.util.Map;

/**
 * An image fetched from a registry for a container to run.
 *
 * @param reference  the reference as given (e.g. {@code nginx}, {@code 1234....amazonaws.com/web:1})
 * @param registry   e.g. {@code docker.io}, {@code public.ecr.aws}, {@code 123456789012.dkr.ecr.ap-northeast-2.amazonaws.com}
 * @param repository e.g. {@code library/nginx}, {@code web}
 * @param tag        the tag, or null when pulled by digest
 * @param digest     the manifest digest {@code sha256:...} (ECS's {@code imageDigest})
 * @param sizeBytes  the image's size in bytes
 * @param image      the image itself (config, layers, root file system)
 */
public record PulledImage(String reference, String registry, String repository, String tag, String digest,
                          long sizeBytes, Image image) {
    public ImageConfig config() { return image.config(); }

    public Filesystem rootFs() { return image.rootFs(); }

    public List<String> env() { return config().env(); }

    public List<String> entrypoint() { return config().entrypoint(); }

    public List<String> cmd() { return config().cmd(); }

    public String workingDir() { return config().workingDir(); }

    public List<String> exposedPorts() { return config().exposedPorts(); }

    public String user() { return config().user(); }

    public List<String> healthcheck() { return config().healthcheck(); }

    public Map<String, String> labels() { return config().labels(); }
}
