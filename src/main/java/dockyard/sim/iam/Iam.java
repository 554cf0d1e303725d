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

import static dockyard.sim.iam.IamRequests.alreadyExists;
import static dockyard.sim.iam.IamRequests.deleteConflict;
import static dockyard.sim.iam.IamRequests.list;
import static dockyard.sim.iam.IamRequests.noSuchEntity;
import static dockyard.sim.iam.IamRequests.path;
import static dockyard.sim.iam.IamRequests.required;
import static dockyard.sim.iam.IamRequests.text;
import static dockyard.sim.iam.IamRequests.wrap;

/**
 * IAM for the one simulated account: roles with trust policies, AWS and customer managed policies, inline
 * policies, instance profiles, and the policy evaluator every other service uses through {@link #allowed} and
 * {@link #require}. IAM is global: ARNs carry no region. Shapes are the IAM query API's as the AWS CLI prints
 * them (PascalCase; policy documents as JSON objects); timestamps are epoch seconds.
 */
public final class Iam implements AwsService {
    private static final String ACCOUNT_PREFIX = "arn:aws:iam::" + Caller.ACCOUNT + ":";
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
            case "CreateRole" -> IamRoleOps.createRole(this, in);
            case "GetRole" -> wrap("Role", roleJson(role(in), true));
            case "DeleteRole" -> IamRoleOps.deleteRole(this, in);
            case "ListRoles" -> list("Roles", roles.values().stream().map(r -> roleJson(r, false)).toList());
            case "UpdateAssumeRolePolicy" -> {
                role(in).trust = PolicyDocument.parse(required(in, "PolicyDocument"), true);
                yield Json.object();
            }
            case "AttachRolePolicy" -> IamRoleOps.attach(this, in);
            case "DetachRolePolicy" -> IamRoleOps.detach(this, in);
            case "ListAttachedRolePolicies" -> IamRoleOps.listAttached(this, in);
            case "PutRolePolicy" -> {
                Role r = role(in);
                String name = IamRequests.name(in, "PolicyName");
                r.inline.put(name, PolicyDocument.parse(required(in, "PolicyDocument"), false));
                yield Json.object();
            }
            case "GetRolePolicy" -> IamRoleOps.getRolePolicy(this, in);
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

    static String accountPrefix() { return ACCOUNT_PREFIX; }

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

}
