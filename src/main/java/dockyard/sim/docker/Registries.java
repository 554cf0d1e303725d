package dockyard.sim.docker;

import dockyard.sim.Caller;

/**
 * The registries a container runtime pulls from: Docker Hub and ECR Public (the {@link Catalog}) and this account's
 * private ECR registries ({@link PrivateRegistry}). Used by ECS (the agent pulls each image when a task starts) and
 * by {@link LocalDocker}.
 */
public final class Registries {
    /** Pull bandwidth, bytes per simulated second, applied to the compressed size (about 40 % of the image). */
    static final double BYTES_PER_SECOND = 50_000_000;
    private PrivateRegistry ecr;

    public Registries() {
    }

    /** Connects the account's private registry (done once by the world when ECR is registered). */
    public void connect(PrivateRegistry privateRegistry) {
        this.ecr = privateRegistry;
    }

    PrivateRegistry privateRegistry() { return ecr; }

    /**
     * Pulls {@code imageRef} as {@code puller} (the execution role on Fargate, the instance role on EC2; null =
     * anonymous, which is enough for Docker Hub and ECR Public).
     *
     * @throws PullFailure whose message is the task's {@code stoppedReason}
     */
    public PulledImage pull(String imageRef, Caller puller) {
        ImageRef ref;
        try {
            ref = ImageRef.parse(imageRef);
        } catch (DockerException e) {
            throw new PullFailure("CannotPullContainerError: invalid reference format", e.getMessage());
        }
        Image image = resolve(ref, puller);
        return new PulledImage(imageRef, ref.registry(), ref.repository(), ref.tag(), image.manifestDigest(), image.sizeBytes(), image);
    }

    Image resolve(ImageRef ref, Caller puller) {
        if (ecr != null && ecr.serves(ref.registry())) return ecr.pull(ref, puller);
        return Catalog.find(ref).orElseThrow(() -> notFound(ref));
    }

    /** Simulated milliseconds the pull of this image takes: a second and a half, plus the download. */
    public long pullMillis(PulledImage image) {
        return 1500 + (long) (image.sizeBytes() * 0.4 / BYTES_PER_SECOND * 1000);
    }

    private static PullFailure notFound(ImageRef ref) {
        String r = ref.canonical();
        String ecs = "CannotPullContainerError: pull image manifest has been retried 1 time(s): failed to resolve ref " + r + ": " + r + ": not found";
        if (ref.isDockerHub() && !Catalog.hasRepository(ref)) {
            String name = ref.familiarName();
            return new PullFailure("CannotPullContainerError: pull access denied for " + name
                    + ", repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
                    "Error response from daemon: pull access denied for " + name
                            + ", repository does not exist or may require 'docker login': denied: requested access to the resource is denied");
        }
        if (!Catalog.hasRepository(ref) && !ref.isDockerHub()) {
            return new PullFailure(ecs, "Error response from daemon: failed to resolve reference \"" + r + "\": " + r + ": not found");
        }
        return new PullFailure(ecs, "Error response from daemon: manifest for " + ref.familiar() + " not found: manifest unknown: manifest unknown");
    }
}
