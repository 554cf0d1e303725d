package dockyard.sim.iam;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dockyard.sim.AwsException;
import dockyard.sim.AwsService;
import dockyard.sim.Caller;
import dockyard.sim.Json;
import dockyard.sim.World;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * IAM for the one simulated account: roles with trust policies, AWS and customer managed policies, inline
 * policies, instance profiles, and the policy evaluator every other service uses through {@link #allowed} and
 * {@link #require}. IAM is global: ARNs carry no region. Shapes are the IAM query API's as the AWS CLI prints
 * them (PascalCase; policy documents as JSON objects); timestamps are epoch seconds.
 */
public final class Iam implements AwsService {
    private static final String ACCOUNT_PREFIX = "arn:aws:iam::" + Caller.ACCOUNT + ":";
    private static final Pattern NAME = Pattern.compile("[\\w+=,.@-]{1,64}");
    private static final Set<String> OPERATIONS = Set.of("CreateRole", "GetRole", "DeleteRole", "ListRoles",
            "UpdateAssumeRolePolicy", "AttachRolePolicy", "DetachRolePolicy", "ListAttachedRolePolicies", "PutRolePolicy",
            "GetRolePolicy", "DeleteRolePolicy", "ListRolePolicies", "CreateInstanceProfile", "GetInstanceProfile",
            "DeleteInstanceProfile", "AddRoleToInstanceProfile", "RemoveRoleFromInstanceProfile", "ListInstanceProfiles",
            "ListInstanceProfilesForRole", "CreatePolicy", "GetPolicy", "GetPolicyVersion", "DeletePolicy", "ListPolicies");

    private final World world;
    private final Map<String, Role> roles = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final Map<String, InstanceProfile> profiles = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final Map<String, CustomerPolicy> policies = new TreeMap<>();

    public Iam(World world) {
        this.world = world;
    }

    @Override
    public String name() { return "iam"; }

    @Override
    public Set<String> operations() { return OPERATIONS; }

    // ---- the typed API other services use -------------------------------------------------------------

    /** Whether {@code caller} may perform {@code action} on {@code resourceArn}; see {@link #allowed(Caller, String, String, Map)}. */
    public boolean allowed(Caller caller, String action, String resourceArn) {
        return allowed(caller, action, resourceArn, Map.of());
    }

    /**
     * Evaluates the identity policies of the caller's role: an explicit Deny wins, then an Allow, else the
     * request is implicitly denied. {@code context} holds condition keys (e.g. {@code iam:PassedToService}).
     * The unrestricted learner identity is always allowed; an unknown principal never is.
     */
    public boolean allowed(Caller caller, String action, String resourceArn, Map<String, String> context) {
        return decide(caller, action, resourceArn, context) == PolicyDocument.Decision.ALLOW;
    }

    /** Throws AWS's {@code AccessDeniedException} unless {@link #allowed}. */
    public void require(Caller caller, String action, String resourceArn) {
        require(caller, action, resourceArn, "AccessDeniedException");
    }

    /** Like {@link #require(Caller, String, String)} with the service's own error code ({@code AccessDenied} for IAM and S3). */
    public void require(Caller caller, String action, String resourceArn, String errorCode) {
        PolicyDocument.Decision d = decide(caller, action, resourceArn, Map.of());
        if (d == PolicyDocument.Decision.ALLOW) return;
        String why = d == PolicyDocument.Decision.DENY
                ? "with an explicit deny in an identity-based policy"
                : "because no identity-based policy allows the " + action + " action";
        throw AwsException.client(errorCode, "User: " + caller.principalArn() + " is not authorized to perform: "
                + action + " on resource: " + resourceArn + " " + why);
    }

    /** Whether the role's trust policy lets {@code servicePrincipal} (e.g. {@code ecs-tasks.amazonaws.com}) assume it. */
    public boolean trusts(String roleArn, String servicePrincipal) {
        Role r = roleByArn(roleArn);
        return r != null && r.trust.trustsService(servicePrincipal);
    }

    /** The ARN of the role in an instance profile given by name or ARN, if the profile exists and holds a role. */
    public Optional<String> roleOfInstanceProfile(String profileNameOrArn) {
        String name = profileNameOrArn.startsWith("arn:") ? profileNameOrArn.substring(profileNameOrArn.lastIndexOf('/') + 1)
                : profileNameOrArn;
        InstanceProfile p = profiles.get(name);
        if (p == null || p.roleName == null || (profileNameOrArn.startsWith("arn:") && !p.arn.equals(profileNameOrArn))) {
            return Optional.empty();
        }
        Role r = roles.get(p.roleName);
        return r == null ? Optional.empty() : Optional.of(r.arn);
    }

    /** The ARN of an existing instance profile given by name or ARN. */
    public Optional<String> instanceProfileArn(String profileNameOrArn) {
        String name = profileNameOrArn.substring(profileNameOrArn.lastIndexOf('/') + 1);
        InstanceProfile p = profiles.get(name);
        if (p == null || (profileNameOrArn.startsWith("arn:") && !p.arn.equals(profileNameOrArn))) return Optional.empty();
        return Optional.of(p.arn);
    }

    /** The unique id ({@code AIPA...}) of an existing instance profile given by name or ARN. */
    public Optional<String> instanceProfileId(String profileNameOrArn) {
        InstanceProfile p = profiles.get(profileNameOrArn.substring(profileNameOrArn.lastIndexOf('/') + 1));
        return p == null ? Optional.empty() : Optional.of(p.id);
    }

    /** Whether a role with this ARN exists. */
    public boolean roleExists(String roleArn) {
        return roleByArn(roleArn) != null;
    }

    private PolicyDocument.Decision decide(Caller caller, String action, String resource, Map<String, String> context) {
        if (caller.unrestricted()) return PolicyDocument.Decision.ALLOW;
        Role role = roleOfPrincipal(caller.principalArn());
        if (role == null) return PolicyDocument.Decision.NONE;
        PolicyDocument.Decision result = PolicyDocument.Decision.NONE;
        for (PolicyDocument doc : identityPolicies(role)) {
            PolicyDocument.Decision d = doc.decide(action, resource, context);
            if (d == PolicyDocument.Decision.DENY) return d;
            if (d == PolicyDocument.Decision.ALLOW) result = d;
        }
        return result;
    }

    private List<PolicyDocument> identityPolicies(Role role) {
        List<PolicyDocument> docs = new ArrayList<>(role.inline.values());
        for (String arn : role.attached) {
            Optional<ManagedPolicies.Managed> m = ManagedPolicies.byArn(arn);
            if (m.isPresent()) docs.add(m.get().document());
            else if (policies.containsKey(arn)) docs.add(policies.get(arn).document());
        }
        return docs;
    }

    /** A role ARN {@code arn:aws:iam::ACCT:role/[path/]NAME} or session {@code arn:aws:sts::ACCT:assumed-role/NAME/SESSION}. */
    private Role roleOfPrincipal(String principal) {
        if (principal == null) return null;
        String sts = "arn:aws:sts::" + Caller.ACCOUNT + ":assumed-role/";
        if (principal.startsWith(sts)) {
            String rest = principal.substring(sts.length());
            int slash = rest.indexOf('/');
            return roles.get(slash < 0 ? rest : rest.substring(0, slash));
        }
        return roleByArn(principal);
    }

    private Role roleByArn(String arn) {
        if (arn == null || !arn.startsWith(ACCOUNT_PREFIX + "role/")) return null;
        Role r = roles.get(arn.substring(arn.lastIndexOf('/') + 1));
        return r != null && r.arn.equals(arn) ? r : null;
    }

    // ---- the API --------------------------------------------------------------------------------------

    @Override
    public ObjectNode invoke(String operation, ObjectNode in, Caller caller) {
        require(caller, "iam:" + operation, resourceOf(in), "AccessDenied");
        return switch (operation) {
            case "CreateRole" -> createRole(in);
            case "GetRole" -> wrap("Role", roleJson(role(in), true));
            case "DeleteRole" -> deleteRole(in);
            case "ListRoles" -> list("Roles", roles.values().stream().map(r -> roleJson(r, false)).toList());
            case "UpdateAssumeRolePolicy" -> {
                role(in).trust = PolicyDocument.parse(required(in, "PolicyDocument"), true);
                yield Json.object();
            }
            case "AttachRolePolicy" -> attach(in);
            case "DetachRolePolicy" -> detach(in);
            case "ListAttachedRolePolicies" -> listAttached(in);
            case "PutRolePolicy" -> {
                Role r = role(in);
                String name = name(in, "PolicyName");
                r.inline.put(name, PolicyDocument.parse(required(in, "PolicyDocument"), false));
                yield Json.object();
            }
            case "GetRolePolicy" -> getRolePolicy(in);
            case "DeleteRolePolicy" -> {
                Role r = role(in);
                if (r.inline.remove(text(in, "PolicyName")) == null) {
                    throw noSuchEntity("The role policy with name " + text(in, "PolicyName") + " cannot be found.");
                }
                yield Json.object();
            }
            case "ListRolePolicies" -> {
                ObjectNode out = Json.object();
                ArrayNode names = out.putArray("PolicyNames");
                role(in).inline.keySet().forEach(names::add);
                out.put("IsTruncated", false);
                yield out;
            }
            default -> IamProfilesAndPolicies.invoke(this, operation, in);
        };
    }

    private static String resourceOf(ObjectNode in) {
        if (in.hasNonNull("RoleName")) return ACCOUNT_PREFIX + "role/" + in.get("RoleName").asText();
        if (in.hasNonNull("InstanceProfileName")) return ACCOUNT_PREFIX + "instance-profile/" + in.get("InstanceProfileName").asText();
        if (in.hasNonNull("PolicyArn")) return in.get("PolicyArn").asText();
        if (in.hasNonNull("PolicyName")) return ACCOUNT_PREFIX + "policy/" + in.get("PolicyName").asText();
        return "*";
    }

    private ObjectNode createRole(ObjectNode in) {
        String name = name(in, "RoleName");
        PolicyDocument trust = PolicyDocument.parse(required(in, "AssumeRolePolicyDocument"), true);
        if (roles.containsKey(name)) throw alreadyExists("Role with name " + name + " already exists.");
        String path = path(in);
        Role r = new Role(name, path, ACCOUNT_PREFIX + "role" + path + name, "AROA" + world.ids().upperAlnum(17),
                world.kernel().epochSeconds(), Json.text(in, "Description", null), trust);
        roles.put(name, r);
        world.timeline().record("iam", "RoleCreated", r.arn, "Role " + name + " created.");
        return wrap("Role", roleJson(r, false));
    }

    private ObjectNode deleteRole(ObjectNode in) {
        Role r = role(in);
        if (!r.inline.isEmpty()) throw deleteConflict("Cannot delete entity, must delete policies first.");
        if (!r.attached.isEmpty()) throw deleteConflict("Cannot delete entity, must detach all policies first.");
        if (profiles.values().stream().anyMatch(p -> r.name.equalsIgnoreCase(p.roleName))) {
            throw deleteConflict("Cannot delete entity, must remove roles from instance profile first.");
        }
        roles.remove(r.name);
        return Json.object();
    }

    private ObjectNode attach(ObjectNode in) {
        Role r = role(in);
        String arn = text(in, "PolicyArn");
        if (policyName(arn) == null) {
            throw noSuchEntity("Policy " + arn + " does not exist or is not attachable.");
        }
        r.attached.add(arn);
        return Json.object();
    }

    private ObjectNode detach(ObjectNode in) {
        Role r = role(in);
        String arn = text(in, "PolicyArn");
        if (!r.attached.remove(arn)) throw noSuchEntity("Policy " + arn + " was not found.");
        return Json.object();
    }

    private ObjectNode listAttached(ObjectNode in) {
        ObjectNode out = Json.object();
        ArrayNode list = out.putArray("AttachedPolicies");
        for (String arn : role(in).attached) {
            list.addObject().put("PolicyName", policyName(arn)).put("PolicyArn", arn);
        }
        out.put("IsTruncated", false);
        return out;
    }

    private ObjectNode getRolePolicy(ObjectNode in) {
        Role r = role(in);
        String name = text(in, "PolicyName");
        PolicyDocument doc = r.inline.get(name);
        if (doc == null) throw noSuchEntity("The role policy with name " + name + " cannot be found.");
        ObjectNode out = Json.object();
        out.put("RoleName", r.name).put("PolicyName", name).set("PolicyDocument", doc.json());
        return out;
    }

    // ---- helpers shared with IamProfilesAndPolicies ------------------------------------------------------

    World world() { return world; }

    Map<String, Role> roles() { return roles; }

    Map<String, InstanceProfile> profiles() { return profiles; }

    Map<String, CustomerPolicy> policies() { return policies; }

    String policyName(String arn) {
        if (arn == null) return null;
        Optional<ManagedPolicies.Managed> m = ManagedPolicies.byArn(arn);
        if (m.isPresent()) return m.get().name();
        CustomerPolicy p = policies.get(arn);
        return p == null ? null : p.name();
    }

    Role role(ObjectNode in) {
        String name = text(in, "RoleName");
        Role r = roles.get(name);
        if (r == null) throw noSuchEntity("The role with name " + name + " cannot be found.");
        return r;
    }

    ObjectNode roleJson(Role r, boolean full) {
        ObjectNode o = Json.object();
        o.put("Path", r.path).put("RoleName", r.name).put("RoleId", r.id).put("Arn", r.arn).put("CreateDate", r.createDate);
        o.set("AssumeRolePolicyDocument", r.trust.json());
        if (r.description != null) o.put("Description", r.description);
        if (full) {
            o.put("MaxSessionDuration", 3600);
            o.putObject("RoleLastUsed");
        }
        return o;
    }

    static String accountPrefix() { return ACCOUNT_PREFIX; }

    static ObjectNode wrap(String member, JsonNode value) {
        ObjectNode o = Json.object();
        o.set(member, value);
        return o;
    }

    static ObjectNode list(String member, List<ObjectNode> items) {
        ObjectNode o = Json.object();
        o.putArray(member).addAll(items);
        o.put("IsTruncated", false);
        return o;
    }

    static JsonNode required(ObjectNode in, String member) {
        JsonNode v = in.get(member);
        if (v == null || v.isNull()) throw validation("null", member, "Member must not be null");
        return v;
    }

    static String text(ObjectNode in, String member) {
        return required(in, member).asText();
    }

    static String name(ObjectNode in, String member) {
        String v = text(in, member);
        if (!NAME.matcher(v).matches()) {
            throw validation("'" + v + "'", member, "Member must satisfy regular expression pattern: [\\w+=,.@-]+");
        }
        return v;
    }

    static String path(ObjectNode in) {
        String p = Json.text(in, "Path", "/");
        if (!p.startsWith("/") || !p.endsWith("/")) {
            throw validation("'" + p + "'", "Path", "Member must satisfy regular expression pattern: (\\u002F)|(\\u002F[\\u0021-\\u007E]+\\u002F)");
        }
        return p;
    }

    private static AwsException validation(String value, String member, String constraint) {
        String m = Character.toLowerCase(member.charAt(0)) + member.substring(1);
        return AwsException.client("ValidationError", "1 validation error detected: Value " + value + " at '" + m
                + "' failed to satisfy constraint: " + constraint);
    }

    static AwsException noSuchEntity(String message) {
        return new AwsException("NoSuchEntity", message, 404);
    }

    static AwsException alreadyExists(String message) {
        return new AwsException("EntityAlreadyExists", message, 409);
    }

    static AwsException deleteConflict(String message) {
        return new AwsException("DeleteConflict", message, 409);
    }
}
