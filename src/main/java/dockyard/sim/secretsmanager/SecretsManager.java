package dockyard.sim.secretsmanager;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dockyard.sim.AwsException;
import dockyard.sim.AwsService;
import dockyard.sim.Caller;
import dockyard.sim.Json;
import dockyard.sim.World;
import dockyard.sim.iam.Iam;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * AWS Secrets Manager: secrets per region with versions and staging labels; ARNs end in {@code -} and six random
 * characters, as AWS appends. The typed {@link #getSecretValue(Caller, String)} serves ECS's task {@code secrets}.
 * API members are PascalCase, as the AWS CLI shows them.
 */
public final class SecretsManager implements AwsService {
    static final Set<String> OPERATIONS = Set.of("CreateSecret", "GetSecretValue", "PutSecretValue", "DescribeSecret",
            "ListSecrets", "DeleteSecret", "RestoreSecret");
    private static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9/_+=.@-]{1,512}");
    final World world;
    /** ARN → secret. */
    final Map<String, Secret> secrets = new LinkedHashMap<>();

    public SecretsManager(World world) {
        this.world = world;
    }

    @Override public String name() { return "secretsmanager"; }

    @Override public Set<String> operations() { return OPERATIONS; }

    long now() { return world.kernel().now(); }

    /**
     * The secret's current string value for ECS, after checking {@code secretsmanager:GetSecretValue} for {@code caller}.
     * {@code secretId} is a name, an ARN, or an ECS {@code valueFrom} ARN with {@code :json-key:version-stage:version-id}.
     */
    public String getSecretValue(Caller caller, String secretId) {
        String id = secretId;
        String jsonKey = null;
        String stage = null;
        String versionId = null;
        if (secretId.startsWith("arn:")) {
            String[] p = secretId.split(":", -1);
            if (p.length > 7) {
                id = String.join(":", java.util.Arrays.copyOfRange(p, 0, 7));
                jsonKey = p[7].isEmpty() ? null : p[7];
                stage = p.length > 8 && !p[8].isEmpty() ? p[8] : null;
                versionId = p.length > 9 && !p[9].isEmpty() ? p[9] : null;
            }
        }
        Secret s = find(caller.region(), id, caller);
        Secret.Version v = SecretsOperations.version(s, versionId, stage);
        s.lastAccessed = now();
        if (jsonKey == null) return v.value;
        try {
            JsonNode n = Json.MAPPER.readTree(v.value);
            JsonNode field = n == null ? null : n.get(jsonKey);
            if (field == null) throw new AwsException("ResourceNotFoundException", "Secrets Manager can't find the specified secret value for JSON key: " + jsonKey, 400);
            return field.isTextual() ? field.asText() : field.toString();
        } catch (java.io.IOException e) {
            throw AwsException.client("InvalidRequestException", "The secret value is not valid JSON, so the JSON key " + jsonKey + " cannot be read.");
        }
    }

    @Override
    public ObjectNode invoke(String operation, ObjectNode in, Caller caller) {
        return SecretsOperations.invoke(this, operation, in, caller);
    }

    /** Finds a secret by name, full ARN or partial ARN (without the suffix), and checks {@code action} for the caller. */
    Secret find(String region, String id, Caller caller) {
        Secret s = secrets.get(id);
        if (s == null) {
            for (Secret c : secrets.values()) {
                if (c.region.equals(region) && (c.name.equals(id) || c.arn.startsWith(id + "-") && c.arn.length() == id.length() + 7)) s = c;
            }
        }
        String arn = s != null ? s.arn : id.startsWith("arn:") ? id
                : "arn:aws:secretsmanager:" + region + ":" + Caller.ACCOUNT + ":secret:" + id;
        authorize(caller, "secretsmanager:GetSecretValue", arn);
        if (s == null) throw AwsException.client("ResourceNotFoundException", "Secrets Manager can't find the specified secret.");
        if (s.deletionDate >= 0) {
            throw AwsException.client("InvalidRequestException", "You can't perform this operation on the secret because it was marked for deletion.");
        }
        return s;
    }

    void authorize(Caller caller, String action, String arn) {
        if (!caller.unrestricted()) world.service(Iam.class).require(caller, action, arn);
    }

    String newArn(String region, String name) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 6; i++) b.append(ALNUM.charAt(world.ids().nextInt(ALNUM.length())));
        return "arn:aws:secretsmanager:" + region + ":" + Caller.ACCOUNT + ":secret:" + name + "-" + b;
    }

    static void validateName(String name) {
        if (!NAME.matcher(name).matches()) {
            throw AwsException.client("InvalidParameterException", "Invalid name. Must be a valid name containing alphanumeric characters, or any of the following: -/_+=.@!");
        }
    }
}
