package dockyard.sim.docker;

/**
 * One step of an image's history. Filesystem layers (FROM's, RUN, COPY, ADD) have a digest and a size;
 * metadata-only steps (ENV, CMD, ...) are {@link #empty()} with size 0, as {@code docker history} shows them.
 *
 * @param digest    {@code sha256:...} of the layer's content, or null for an empty (metadata-only) step
 * @param sizeBytes bytes the step added
 * @param createdBy the instruction, as {@code docker history --no-trunc} prints it
 * @param created   simulated milliseconds since the kernel epoch (negative for images built before it)
 */
public record Layer(String digest, long sizeBytes, String createdBy, long created) {
    public boolean empty() { return digest == null; }
}
