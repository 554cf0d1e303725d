package dockyard.sim.docker;

import dockyard.sim.Caller;
import dockyard.sim.Kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The learner's Docker daemon and CLI: one method per docker subcommand, each returning what Docker prints
 * ({@link DockerResult}: stdout and stderr lines and the exit code). Images live in a local store; containers run
 * on the world's {@link ContainerRuntime}; {@code docker build} reads the learner's workspace ({@link Workspace}).
 */
public final class LocalDocker {
    static final String HUB_SERVER = "https://index.docker.io/v1/";
    private final Kernel kernel;
    private final Registries registries;
    private final Filesystem workspace;
    final ImageStore images = new ImageStore();
    private final DockerLogins logins;
    private final LocalContainers containers;
    private final DockerBuild builder;

    public LocalDocker(Kernel kernel, Registries registries, ContainerRuntime runtime, Filesystem workspace, dockyard.sim.Ids ids) {
        this.kernel = kernel;
        this.registries = registries;
        this.workspace = workspace;
        this.containers = new LocalContainers(this, kernel, runtime, workspace, ids);
        this.builder = new DockerBuild(this, workspace);
        this.logins = new DockerLogins(registries, kernel, workspace);
    }

    Kernel kernel() { return kernel; }

    CommandInterpreter interpreter() { return containers.interpreter(); }

    /** Resolves a FROM image from its registry (with this daemon's logins) without adding it to {@code docker images}. */
    Image resolveForBuild(ImageRef ref) {
        return resolve(ref, "Head \"https://" + ref.registry() + "/v2/" + ref.repository() + "/manifests/" + ref.reference() + "\"");
    }

    // --- build ---

    /**
     * {@code docker build -t TAG... [-f FILE] [--build-arg K=V...] CONTEXT}.
     *
     * @param contextDir     absolute path of the build context in the workspace
     * @param dockerfilePath absolute path of the Dockerfile, or null for {@code CONTEXT/Dockerfile}
     */
    public DockerResult build(String contextDir, String dockerfilePath, List<String> tags, Map<String, String> buildArgs) {
        return builder.build(contextDir, dockerfilePath, tags, buildArgs, false);
    }

    /** {@code docker build} with {@code --no-cache} when {@code noCache}: every step runs again (same inputs, same image ID). */
    public DockerResult build(String contextDir, String dockerfilePath, List<String> tags, Map<String, String> buildArgs, boolean noCache) {
        return builder.build(contextDir, dockerfilePath, tags, buildArgs, noCache);
    }

    // --- images ---

    /** {@code docker images}: REPOSITORY TAG IMAGE ID CREATED SIZE, newest first. */
    public DockerResult images() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("REPOSITORY", "TAG", "IMAGE ID", "CREATED", "SIZE"));
        for (Map<String, String> r : imageRows()) {
            rows.add(List.of(r.get("Repository"), r.get("Tag"), r.get("ID"), r.get("CreatedSince"), r.get("Size")));
        }
        return DockerResult.ok(Human.table(rows));
    }

    /**
     * The fields {@code docker images --format} offers, one row per tag (untagged images once, as
     * {@code <none>}), newest first: ID, Repository, Tag, Digest, CreatedSince, CreatedAt, Size, Containers,
     * SharedSize, UniqueSize, VirtualSize (all text, as Docker's formatter prints them).
     */
    public List<Map<String, String>> imageRows() { return ImageCommands.imageRows(this); }

    /** {@code docker tag SOURCE TARGET}. */
    public DockerResult tag(String source, String target) {
        Image img = images.find(source).orElse(null);
        if (img == null) return fail("Error response from daemon: No such image: " + familiar(source));
        ImageRef dst;
        try {
            dst = ImageRef.parse(target);
        } catch (DockerException e) {
            return fail("Error parsing reference: \"" + target + "\" is not a valid repository/tag: " + e.getMessage());
        }
        if (dst.digest() != null) return fail("Error response from daemon: refusing to create a tag with a digest reference");
        images.tag(dst, img);
        return DockerResult.ok(List.of());
    }

    /** {@code docker pull REF}. */
    public DockerResult pull(String reference) {
        List<String> out = new ArrayList<>();
        try {
            pullInto(reference, out);
            return DockerResult.ok(out);
        } catch (DockerException e) {
            return new DockerResult(out, List.of(e.getMessage()), e.exitCode());
        }
    }

    /** Pulls into the store, appending the progress lines to {@code out}; throws DockerException on failure. */
    Image pullInto(String reference, List<String> out) {
        ImageRef ref = ImageRef.parse(reference);
        boolean explicit = reference.contains("@") || reference.lastIndexOf(':') > reference.lastIndexOf('/');
        if (!explicit) out.add("Using default tag: latest");
        Image image;
        try {
            image = resolve(ref, "Head \"https://" + ref.registry() + "/v2/" + ref.repository() + "/manifests/" + ref.reference() + "\"");
        } catch (PullFailure f) {
            throw new DockerException(f.dockerMessage(), 1);
        }
        out.add(ref.reference() + ": Pulling from " + ref.repository());
        boolean had = images.find(ref.canonical()).map(i -> i.id().equals(image.id())).orElse(false);
        for (Layer l : image.layers()) {
            out.add(Digests.shortId(l.digest()) + ": " + (images.hasLayer(l.digest()) ? "Already exists" : "Pull complete"));
        }
        images.add(image, kernel.now());
        if (ref.tag() != null) images.tag(ref, image);
        images.addRepoDigest(image, ref);
        out.add("Digest: " + image.manifestDigest());
        out.add("Status: " + (had ? "Image is up to date for " : "Downloaded newer image for ") + ref.familiar());
        out.add(ref.canonical());
        return image;
    }

    /** Resolves a pull with the daemon's stored login for private registries. */
    private Image resolve(ImageRef ref, String request) {
        PrivateRegistry ecr = registries.privateRegistry();
        if (ecr != null && ecr.serves(ref.registry())) {
            String password = logins.password(ref.registry());
            if (password == null) {
                throw new PullFailure("", "Error response from daemon: " + request + ": no basic auth credentials");
            }
            if (!ecr.loginValid(ref.registry(), password, kernel.now())) {
                throw new PullFailure("", "Error response from daemon: " + request
                        + ": denied: Your authorization token has expired. Reauthenticate and try again.");
            }
            String region = ref.ecrAccountAndRegion().map(a -> a[1]).orElse(Caller.DEFAULT_REGION);
            return ecr.pull(ref, Caller.admin(region));
        }
        return registries.resolve(ref, null);
    }

    /** {@code docker push REF}. */
    public DockerResult push(String reference) {
        List<String> out = new ArrayList<>();
        ImageRef ref;
        try {
            ref = ImageRef.parse(reference);
        } catch (DockerException e) {
            return fail(e.getMessage());
        }
        if (ref.digest() != null) return fail("cannot push a digest reference");
        boolean explicit = reference.lastIndexOf(':') > reference.lastIndexOf('/');
        if (!explicit) out.add("Using default tag: latest");
        out.add("The push refers to repository [" + ref.registry() + "/" + ref.repository() + "]");
        Image img = images.find(ref.canonical()).filter(i -> images.tags.containsKey(ref.canonical())).orElse(null);
        if (img == null) {
            return new DockerResult(out, List.of("An image does not exist locally with the tag: " + ref.familiarName()), 1);
        }
        List<Layer> layers = new ArrayList<>(img.layers());
        java.util.Collections.reverse(layers);
        PrivateRegistry ecr = registries.privateRegistry();
        if (ecr == null || !ecr.serves(ref.registry())) {
            for (Layer l : layers) out.add(Digests.shortId(l.digest()) + ": Preparing");
            return new DockerResult(out, List.of("denied: requested access to the resource is denied"), 1);
        }
        String password = logins.password(ref.registry());
        if (password == null || !ecr.loginValid(ref.registry(), password, kernel.now())) {
            for (Layer l : layers) out.add(Digests.shortId(l.digest()) + ": Preparing");
            return new DockerResult(out, List.of(password == null ? "no basic auth credentials"
                    : "denied: Your authorization token has expired. Reauthenticate and try again."), 1);
        }
        List<String> layerLines = new ArrayList<>();
        for (Layer l : layers) {
            layerLines.add(Digests.shortId(l.digest()) + ": " + (ecr.hasLayer(ref, l.digest()) ? "Layer already exists" : "Pushed"));
        }
        String digest;
        try {
            digest = ecr.push(ref, img);
        } catch (DockerException e) {
            for (Layer l : layers) out.add(Digests.shortId(l.digest()) + ": Preparing");
            return new DockerResult(out, List.of(e.getMessage()), 1);
        }
        out.addAll(layerLines);
        images.addRepoDigest(img, ref);
        out.add(ref.tag() + ": digest: " + digest + " size: " + (528 + 215 * img.layers().size()));
        return DockerResult.ok(out);
    }

    /** {@code docker login [-u USER] [-p PASSWORD | --password-stdin] [SERVER]}. */
    public DockerResult login(String server, String user, String password) { return logins.login(server, user, password); }

    /** {@code docker logout [SERVER]}. */
    public DockerResult logout(String server) { return logins.logout(server); }

    /** {@code docker rmi [-f] IMAGE...}. */
    public DockerResult rmi(List<String> refs, boolean force) { return ImageCommands.rmi(this, containers, refs, force); }

    /** {@code docker history IMAGE}: IMAGE CREATED CREATED BY SIZE COMMENT, newest step first. */
    public DockerResult history(String ref) { return ImageCommands.history(this, ref); }

    /**
     * {@code docker history --format} fields of an image, newest step first, or empty when no image matches
     * {@code ref} (see {@link ImageCommands#historyRows}).
     */
    public java.util.Optional<List<Map<String, String>>> historyRows(String ref, boolean noTrunc) {
        return images.find(ref).map(img -> ImageCommands.historyRows(this, img, noTrunc));
    }

    /** {@code docker inspect NAME|ID...}: containers first, then images, as a JSON array. */
    public DockerResult inspect(List<String> names) {
        return Inspect.inspect(this, containers, names, null);
    }

    /** {@code docker inspect --type TYPE} ({@code container} or {@code image}; null for either), as a JSON array. */
    public DockerResult inspect(List<String> names, String type) {
        return Inspect.inspect(this, containers, names, type);
    }

    /**
     * The objects {@code docker inspect} prints, and an error line for each name not found.
     *
     * @param type {@code container}, {@code image}, or null for either (containers first)
     */
    public Inspect.Found inspectObjects(List<String> names, String type) {
        return Inspect.objects(this, containers, names, type);
    }

    // --- containers (delegated) ---

    /** {@code docker run [OPTIONS] IMAGE [COMMAND...]}. */
    public DockerResult run(RunOptions options) { return containers.run(options); }

    /** {@code docker ps [-a]}. */
    public DockerResult ps(boolean all) { return containers.ps(all); }

    /** The fields {@code docker ps [-a] --format} offers, newest first (see {@link PsTable#rows}). */
    public List<Map<String, String>> psRows(boolean all) { return containers.psRows(all); }

    /** {@code docker logs CONTAINER}. */
    public DockerResult logs(String container) { return containers.logs(container); }

    /** {@code docker stop [-t SECONDS] CONTAINER...} (Docker's default timeout: 10 s). */
    public DockerResult stop(List<String> names, int timeoutSeconds) { return containers.stop(names, timeoutSeconds); }

    /** {@code docker exec CONTAINER COMMAND...}: runs at once in the running container; exit code is the command's. */
    public DockerResult exec(String container, List<String> command) { return containers.exec(container, command); }

    /** {@code docker rm [-f] CONTAINER...}. */
    public DockerResult rm(List<String> names, boolean force) { return containers.rm(names, force); }

    /** The containers of this daemon (running and stopped), oldest first. */
    public List<RunningContainer> containers() { return containers.all(); }

    // --- helpers ---

    static DockerResult fail(String message) {
        return new DockerResult(List.of(), List.of(message), 1);
    }

    static String familiar(String ref) {
        try {
            return ImageRef.parse(ref).familiar();
        } catch (DockerException e) {
            return ref;
        }
    }

    Image pullForRun(String reference, List<String> err) {
        Image local = images.find(reference).orElse(null);
        if (local != null) return local;
        ImageRef ref = ImageRef.parse(reference);
        err.add("Unable to find image '" + ref.familiar() + "' locally");
        List<String> progress = new ArrayList<>();
        Image img = pullInto(reference, progress);
        // docker run shows the pull's progress without "Using default tag" and the final reference line.
        err.addAll(progress.subList(progress.get(0).startsWith("Using default tag") ? 1 : 0, progress.size() - 1));
        return img;
    }
}
