package dockyard.sim.docker;

import dockyard.sim.Caller;

/**
 * A registry of this account (Amazon ECR): the registries and the local docker daemon reach it through this
 * interface, so the docker package does not depend on the service that implements it.
 */
public interface PrivateRegistry {
    /** Whether {@code registryHost} is this registry (e.g. {@code 123456789012.dkr.ecr.ap-northeast-2.amazonaws.com}). */
    boolean serves(String registryHost);

    /**
     * The image for a pull, after the permission checks for {@code puller} (null = anonymous).
     *
     * @throws PullFailure with ECS's stoppedReason and the docker CLI's message
     */
    Image pull(ImageRef ref, Caller puller);

    /**
     * Stores a pushed image under {@code ref}'s tag.
     *
     * @return the manifest digest
     * @throws DockerException with the message {@code docker push} prints (missing repository, immutable tag)
     */
    String push(ImageRef ref, Image image);

    /** Whether a layer with this digest is already in the repository (push prints {@code Layer already exists}). */
    boolean hasLayer(ImageRef ref, String layerDigest);

    /**
     * Checks a {@code docker login} password for {@code registryHost}.
     *
     * @return null when valid, else the daemon's error message
     */
    String checkLogin(String registryHost, String user, String password, long nowMillis);

    /** Whether a login made with {@code password} is still valid at {@code nowMillis} (tokens last 12 hours). */
    boolean loginValid(String registryHost, String password, long nowMillis);
}
