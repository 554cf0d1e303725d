package dockyard.sim.ssm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dockyard.sim.AwsException;
import dockyard.sim.AwsService;
import dockyard.sim.Caller;
import dockyard.sim.Json;
import dockyard.sim.World;
import dockyard.sim.iam.Iam;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * SSM Parameter Store: String, StringList and SecureString parameters per region, plus AWS's public
 * {@code /aws/service/...} AMI parameters. A SecureString read without decryption returns ciphertext (a
 * deterministic base64 blob here), as the API does.
 */
public final class Ssm implements AwsService {
    private static final Set<String> OPERATIONS = Set.of("GetParameter", "GetParameters", "PutParameter",
            "DeleteParameter", "DescribeParameters", "GetParametersByPath");
    private static final Set<String> TYPES = Set.of("String", "StringList", "SecureString");

    private final World world;
    private final Map<String, Map<String, Parameter>> byRegion = new HashMap<>();

    public Ssm(World world) {
        this.world = world;
    }

    @Override
    public String name() { return "ssm"; }

    @Override
    public Set<String> operations() { return OPERATIONS; }

    /**
     * Reads one parameter for {@code caller} (checking {@code ssm:GetParameters}, the action ECS's agent uses for
     * task secrets; DG secrets-envvar-ssm-paramstore). Throws {@code ParameterNotFound}.
     */
    public Parameter getParameter(Caller caller, String nameOrArn, boolean withDecryption) {
        String name = nameOf(nameOrArn, caller.region());
        world.service(Iam.class).require(caller, "ssm:GetParameters", arn(caller.region(), name));
        Parameter p = find(caller.region(), name);
        if (p == null) throw notFound();
        if (p.type().equals("SecureString") && !withDecryption) {
            return new Parameter(p.name(), p.type(), ciphertext(p), p.version(), p.arn(), p.lastModified(), p.description(), p.dataType());
        }
        return p;
    }

    private static String nameOf(String nameOrArn, String region) {
        String prefix = "arn:aws:ssm:" + region + ":" + Caller.ACCOUNT + ":parameter";
        if (nameOrArn.startsWith(prefix)) {
            String rest = nameOrArn.substring(prefix.length());
            return rest.startsWith("/") && rest.indexOf('/', 1) < 0 ? rest.substring(1) : rest;
        }
        return nameOrArn;
    }

    private Parameter find(String region, String name) {
        if (name.startsWith("/aws/")) {
            return PublicParameters.inRegion(region).stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
        }
        return own(region).get(name);
    }

    private Map<String, Parameter> own(String region) {
        return byRegion.computeIfAbsent(region, r -> new TreeMap<>());
    }

    private static String arn(String region, String name) {
        return "arn:aws:ssm:" + region + ":" + Caller.ACCOUNT + ":parameter" + (name.startsWith("/") ? name : "/" + name);
    }

    /** AWS sends ParameterNotFound from GetParameter with an empty message. */
    private static AwsException notFound() {
        return AwsException.client("ParameterNotFound", "");
    }

    @Override
    public ObjectNode invoke(String operation, ObjectNode in, Caller caller) {
        String region = caller.region();
        Iam iam = world.service(Iam.class);
        return switch (operation) {
            case "GetParameter" -> {
                String name = nameOf(Json.requiredText(in, "Name", "ValidationException"), region);
                iam.require(caller, "ssm:GetParameter", arn(region, name));
                Parameter p = find(region, name);
                if (p == null) throw notFound();
                ObjectNode out = Json.object();
                out.set("Parameter", json(p, in.path("WithDecryption").asBoolean(false), true));
                yield out;
            }
            case "GetParameters" -> {
                ObjectNode out = Json.object();
                ArrayNode found = out.putArray("Parameters");
                ArrayNode invalid = out.putArray("InvalidParameters");
                for (JsonNode n : in.path("Names")) {
                    String name = nameOf(n.asText(), region);
                    iam.require(caller, "ssm:GetParameters", arn(region, name));
                    Parameter p = find(region, name);
                    if (p == null) invalid.add(n.asText());
                    else found.add(json(p, in.path("WithDecryption").asBoolean(false), true));
                }
                yield out;
            }
            case "PutParameter" -> put(in, caller, iam);
            case "DeleteParameter" -> {
                String name = Json.requiredText(in, "Name", "ValidationException");
                iam.require(caller, "ssm:DeleteParameter", arn(region, name));
                if (own(region).remove(name) == null) throw notFound();
                yield Json.object();
            }
            case "DescribeParameters" -> describe(in, region);
            case "GetParametersByPath" -> byPath(in, caller, iam);
            default -> throw new AwsException("UnknownOperationException", "Unknown operation " + operation, 400);
        };
    }

    private ObjectNode put(ObjectNode in, Caller caller, Iam iam) {
        String region = caller.region();
        String name = Json.requiredText(in, "Name", "ValidationException");
        String value = Json.text(in, "Value", null);
        if (value == null) throw AwsException.client("ValidationException", "1 validation error detected: Value null at 'value' failed to satisfy constraint: Member must not be null");
        iam.require(caller, "ssm:PutParameter", arn(region, name));
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("aws") || lower.startsWith("ssm") || lower.startsWith("/aws") || lower.startsWith("/ssm")) {
            throw AwsException.client("ValidationException", "No access to reserved parameter name: " + name + ".");
        }
        if (name.contains("/") && !name.startsWith("/")) {
            throw AwsException.client("ValidationException", "Parameter name must be a fully qualified name.");
        }
        Parameter old = own(region).get(name);
        String type = Json.text(in, "Type", old == null ? null : old.type());
        if (type == null) throw AwsException.client("ValidationException", "A parameter type is required when you create a parameter.");
        if (!TYPES.contains(type)) {
            throw AwsException.client("ValidationException", "1 validation error detected: Value '" + type
                    + "' at 'type' failed to satisfy constraint: Member must satisfy enum value set: [SecureString, StringList, String]");
        }
        if (old != null && !in.path("Overwrite").asBoolean(false)) {
            throw AwsException.client("ParameterAlreadyExists", "The parameter already exists. To overwrite this value, set the overwrite option in the request to true.");
        }
        if (value.length() > 4096) throw AwsException.client("ValidationException", "Standard tier parameters support a maximum parameter value of 4096 characters. To create a larger parameter value, upgrade the parameter to use the advanced-parameter tier. For more information, see https://docs.aws.amazon.com/systems-manager/latest/userguide/parameter-store-advanced-parameters.html");
        long version = old == null ? 1 : old.version() + 1;
        Parameter p = new Parameter(name, type, value, version, arn(region, name), world.kernel().epochSeconds(),
                Json.text(in, "Description", old == null ? null : old.description()), "text");
        own(region).put(name, p);
        world.timeline().record("ssm", "ParameterPut", p.arn(), "Parameter " + name + " version " + version + " stored.");
        ObjectNode out = Json.object();
        out.put("Version", version).put("Tier", "Standard");
        return out;
    }

    private ObjectNode describe(ObjectNode in, String region) {
        ObjectNode out = Json.object();
        ArrayNode arr = out.putArray("Parameters");
        for (Parameter p : own(region).values()) {
            if (!matchesFilters(in, p)) continue;
            ObjectNode o = arr.addObject();
            o.put("Name", p.name()).put("ARN", p.arn()).put("Type", p.type());
            if (p.type().equals("SecureString")) o.put("KeyId", "alias/aws/ssm");
            o.put("LastModifiedDate", p.lastModified()).put("LastModifiedUser", "arn:aws:iam::" + Caller.ACCOUNT + ":user/learner");
            if (p.description() != null) o.put("Description", p.description());
            o.put("Version", p.version()).put("Tier", "Standard");
            o.putArray("Policies");
            o.put("DataType", p.dataType());
        }
        return out;
    }

    private static boolean matchesFilters(ObjectNode in, Parameter p) {
        for (JsonNode f : in.path("ParameterFilters")) {
            String key = f.path("Key").asText(), option = f.path("Option").asText("Equals");
            boolean any = false;
            for (JsonNode v : f.path("Values")) {
                String want = v.asText();
                String actual = switch (key) {
                    case "Name" -> p.name();
                    case "Type" -> p.type();
                    case "Path" -> p.name().contains("/") ? p.name().substring(0, p.name().lastIndexOf('/')) : "/";
                    default -> throw AwsException.client("InvalidFilterKey", "The following filter key is not valid: " + key + ".");
                };
                any |= switch (option) {
                    case "BeginsWith" -> actual.startsWith(want);
                    case "Contains" -> actual.contains(want);
                    case "Recursive" -> actual.startsWith(want);
                    default -> actual.equals(want) || (key.equals("Path") && actual.equals(want.replaceAll("/$", "")));
                };
            }
            if (!any) return false;
        }
        return true;
    }

    private ObjectNode byPath(ObjectNode in, Caller caller, Iam iam) {
        String region = caller.region();
        String path = Json.requiredText(in, "Path", "ValidationException");
        if (!path.startsWith("/")) throw AwsException.client("ValidationException", "The parameter doesn't meet the parameter name requirements. The parameter name must begin with a forward slash \"/\".");
        iam.require(caller, "ssm:GetParametersByPath", arn(region, path));
        String prefix = path.endsWith("/") ? path : path + "/";
        boolean recursive = in.path("Recursive").asBoolean(false);
        List<Parameter> all = new ArrayList<>(path.startsWith("/aws/") ? PublicParameters.inRegion(region) : own(region).values());
        ObjectNode out = Json.object();
        ArrayNode arr = out.putArray("Parameters");
        for (Parameter p : all) {
            if (!p.name().startsWith(prefix)) continue;
            if (!recursive && p.name().indexOf('/', prefix.length()) >= 0) continue;
            arr.add(json(p, in.path("WithDecryption").asBoolean(false), false));
        }
        return out;
    }

    private ObjectNode json(Parameter p, boolean decrypt, boolean withArn) {
        ObjectNode o = Json.object();
        o.put("Name", p.name()).put("Type", p.type())
                .put("Value", p.type().equals("SecureString") && !decrypt ? ciphertext(p) : p.value())
                .put("Version", p.version()).put("LastModifiedDate", p.lastModified());
        if (withArn) o.put("ARN", p.arn());
        o.put("DataType", p.dataType());
        return o;
    }

    private static String ciphertext(Parameter p) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest((p.arn() + "#" + p.version() + "#" + p.value()).getBytes(StandardCharsets.UTF_8));
            byte[] blob = new byte[3 + h.length * 4];
            blob[0] = 1;
            blob[1] = 2;
            blob[2] = 2;
            for (int i = 3; i < blob.length; i++) blob[i] = h[i % h.length];
            return Base64.getEncoder().encodeToString(blob);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
