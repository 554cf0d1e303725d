package dockyard.sim.ecr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dockyard.sim.AwsException;
import dockyard.sim.AwsService;
import dockyard.sim.Caller;
import dockyard.sim.Json;
import dockyard.sim.World;
import dockyard.sim.docker.DockerException;
import dockyard.sim.docker.Image;
import dockyard.sim.docker.ImageRef;
import dockyard.sim.docker.PrivateRegistry;
import dockyard.sim.docker.PullFailure;
import dockyard.sim.iam.Iam;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Amazon ECR private registries of account 123456789012, one per region ({@code <acct>.dkr.ecr.<region>.amazonaws.com}):
 * repositories with tag mutability and scan-on-push settings, images pushed by the learner's docker, the 12-hour
 * authorization tokens, and the pull permission checks ECS needs. API members are ECR's camelCase JSON.
 */
public final class Ecr implements AwsService, PrivateRegistry {
    static final Set<String> OPERATIONS = Set.of("CreateRepository", "DescribeRepositories", "DeleteRepository",
            "DescribeImages", "ListImages", "BatchDeleteImage", "GetAuthorizationToken", "PutImageTagMutability",
            "PutImageScanningConfiguration");
    /** ECR's repository name pattern (API_CreateRepository). */
    static final String NAME_REGEX = "(?:[a-z0-9]+(?:[._-][a-z0-9]+)*/)*[a-z0-9]+(?:[._-][a-z0-9]+)*";
    private static final Pattern NAME = Pattern.compile(NAME_REGEX);
    private static final Pattern HOST = Pattern.compile("(\\d{12})\\.dkr\\.ecr\\.([a-z]{2}(?:-[a-z]+)+-\\d)\\.amazonaws\\.com");

    private final World world;
    final Tokens tokens;
    /** "region/name" → repository, in creation order. */
    final Map<String, Repository> repositories = new LinkedHashMap<>();

    public Ecr(World world) {
        this.world = world;
        this.tokens = new Tokens(world.ids());
    }

    @Override public String name() { return "ecr"; }

    @Override public Set<String> operations() { return OPERATIONS; }

    /** The registry host of this account in {@code region}. */
    public static String registryHost(String region) {
        return Caller.ACCOUNT + ".dkr.ecr." + region + ".amazonaws.com";
    }

    @Override
    public ObjectNode invoke(String operation, ObjectNode in, Caller caller) {
        return EcrOperations.invoke(this, operation, in, caller);
    }

    // --- used by the operations ---

    World world() { return world; }

    long now() { return world.kernel().now(); }

    void authorize(Caller caller, String action, String resource) {
        if (!caller.unrestricted()) world.service(Iam.class).require(caller, action, resource);
    }

    static void validateName(String name) {
        if (name.length() < 2 || name.length() > 256 || !NAME.matcher(name).matches()) {
            throw AwsException.client("InvalidParameterException", "Invalid parameter at 'repositoryName' failed to satisfy constraint: "
                    + "'must satisfy regular expression '" + NAME_REGEX + "''");
        }
    }

    Repository repository(String region, String name) {
        Repository r = repositories.get(region + "/" + name);
        if (r == null) {
            throw AwsException.client("RepositoryNotFoundException", "The repository with name '" + name
                    + "' does not exist in the registry with id '" + Caller.ACCOUNT + "'");
        }
        return r;
    }

    static String required(JsonNode in, String member) {
        JsonNode v = in.get(member);
        if (v == null || v.isNull() || v.asText().isEmpty()) {
            throw AwsException.client("InvalidParameterException", "Invalid parameter at '" + member + "' failed to satisfy constraint: 'Member must not be null'");
        }
        return v.asText();
    }

    // --- PrivateRegistry: the docker daemon and ECS ---

    @Override
    public boolean serves(String registryHost) {
        var m = HOST.matcher(registryHost);
        return m.matches() && m.group(1).equals(Caller.ACCOUNT);
    }

    private static String regionOf(String host) {
        var m = HOST.matcher(host);
        return m.matches() ? m.group(2) : Caller.DEFAULT_REGION;
    }

    @Override
    public Image pull(ImageRef ref, Caller puller) {
        String canonical = ref.canonical();
        String region = regionOf(ref.registry());
        Iam iam = world.service(Iam.class);
        if (puller != null && !puller.unrestricted() && !iam.allowed(puller, "ecr:GetAuthorizationToken", "*")) {
            throw new PullFailure("ResourceInitializationError: unable to pull secrets or registry auth: execution resource retrieval failed: "
                    + "unable to retrieve ecr registry auth: service call has been retried 3 time(s): AccessDeniedException: User: "
                    + puller.principalArn() + " is not authorized to perform: ecr:GetAuthorizationToken on resource: * because no "
                    + "identity-based policy allows the ecr:GetAuthorizationToken action", "Error response from daemon: no basic auth credentials");
        }
        Repository repo = repositories.get(region + "/" + ref.repository());
        String notFound = "CannotPullContainerError: pull image manifest has been retried 1 time(s): failed to resolve ref "
                + canonical + ": " + canonical + ": not found";
        if (repo == null) {
            throw new PullFailure(notFound, "Error response from daemon: repository " + ref.registry() + "/" + ref.repository()
                    + " not found: name unknown: The repository with name '" + ref.repository() + "' does not exist in the registry with id '"
                    + Caller.ACCOUNT + "'");
        }
        if (puller != null && !puller.unrestricted()
                && !(iam.allowed(puller, "ecr:BatchGetImage", repo.arn) && iam.allowed(puller, "ecr:GetDownloadUrlForLayer", repo.arn))) {
            throw new PullFailure("CannotPullContainerError: pull image manifest has been retried 1 time(s): failed to resolve ref " + canonical
                    + ": pulling from host " + ref.registry() + " failed with status code [manifests " + ref.reference() + "]: 403 Forbidden",
                    "Error response from daemon: denied: User: " + puller.principalArn() + " is not authorized to perform: ecr:BatchGetImage on resource: " + repo.arn);
        }
        Repository.Stored s = ref.digest() != null ? repo.images.get(ref.digest()) : repo.byTag(ref.tag());
        if (s == null) {
            throw new PullFailure(notFound, "Error response from daemon: manifest for " + canonical
                    + " not found: manifest unknown: Requested image not found");
        }
        s.lastPulledAt = now();
        return s.image;
    }

    @Override
    public String push(ImageRef ref, Image image) {
        String region = regionOf(ref.registry());
        Repository repo = repositories.get(region + "/" + ref.repository());
        if (repo == null) {
            throw new DockerException("name unknown: The repository with name '" + ref.repository()
                    + "' does not exist in the registry with id '" + Caller.ACCOUNT + "'", 1);
        }
        String digest = image.manifestDigest();
        Repository.Stored holder = repo.byTag(ref.tag());
        if (holder != null && !holder.digest.equals(digest) && repo.mutability.startsWith("IMMUTABLE")) {
            throw new DockerException("tag invalid: The image tag '" + ref.tag() + "' already exists in the '" + repo.name
                    + "' repository and cannot be overwritten because the repository is immutable.", 1);
        }
        if (holder != null) holder.tags.remove(ref.tag());
        Repository.Stored s = repo.images.computeIfAbsent(digest, d -> new Repository.Stored(image, now()));
        s.tags.add(ref.tag());
        world.timeline().record("ecr", "ImagePush", repo.arn, "Pushed " + repo.name + ":" + ref.tag() + " (" + digest + ")");
        return digest;
    }

    @Override
    public boolean hasLayer(ImageRef ref, String layerDigest) {
        Repository repo = repositories.get(regionOf(ref.registry()) + "/" + ref.repository());
        return repo != null && repo.hasLayer(layerDigest);
    }

    @Override
    public String checkLogin(String registryHost, String user, String password, long nowMillis) {
        String fail = "login attempt to https://" + registryHost + "/v2/ failed with status: 400 Bad Request";
        if (!"AWS".equals(user)) return fail;
        return loginValid(registryHost, password, nowMillis) ? null : fail;
    }

    @Override
    public boolean loginValid(String registryHost, String password, long nowMillis) {
        Tokens.Grant g = tokens.grant(password);
        return g != null && g.host().equals(registryHost) && nowMillis < g.expiresAt();
    }

    /** A password for {@code host} as GetAuthorizationToken issues it (for ECR Public as well). */
    String issuePassword(String host) {
        long expires = world.kernel().instant().plusMillis(Tokens.VALIDITY_MILLIS).getEpochSecond();
        return tokens.issue(host, now(), expires);
    }

    static ArrayNode array(ObjectNode parent, String member) {
        return parent.putArray(member);
    }

    static double seconds(World world, long simMillis) {
        return Json.epochSeconds(dockyard.sim.Kernel.EPOCH.plusMillis(simMillis));
    }
}
