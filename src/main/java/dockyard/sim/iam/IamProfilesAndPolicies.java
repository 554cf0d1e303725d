package dockyard.sim.iam;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dockyard.sim.AwsException;
import dockyard.sim.Json;

import java.util.ArrayList;
import java.util.List;

/** The IAM operations on instance profiles and customer managed policies (split from {@link Iam} for size). */
final class IamProfilesAndPolicies {
    private IamProfilesAndPolicies() {
    }

    static ObjectNode invoke(Iam iam, String operation, ObjectNode in) {
        return switch (operation) {
            case "CreateInstanceProfile" -> createProfile(iam, in);
            case "GetInstanceProfile" -> IamRequests.wrap("InstanceProfile", profileJson(iam, profile(iam, in)));
            case "DeleteInstanceProfile" -> {
                InstanceProfile p = profile(iam, in);
                if (p.roleName != null) throw IamRequests.deleteConflict("Cannot delete entity, must remove roles from instance profile first.");
                iam.profiles().remove(p.name);
                yield Json.object();
            }
            case "AddRoleToInstanceProfile" -> {
                InstanceProfile p = profile(iam, in);
                Role r = iam.role(in);
                if (p.roleName != null) {
                    throw new AwsException("LimitExceeded", "Cannot exceed quota for InstanceSessionsPerInstanceProfile: 1", 409);
                }
                p.roleName = r.name;
                yield Json.object();
            }
            case "RemoveRoleFromInstanceProfile" -> {
                InstanceProfile p = profile(iam, in);
                Role r = iam.role(in);
                if (!r.name.equalsIgnoreCase(p.roleName)) {
                    throw IamRequests.noSuchEntity("The role with name " + r.name + " cannot be found.");
                }
                p.roleName = null;
                yield Json.object();
            }
            case "ListInstanceProfiles" -> IamRequests.list("InstanceProfiles",
                    iam.profiles().values().stream().map(p -> profileJson(iam, p)).toList());
            case "ListInstanceProfilesForRole" -> {
                Role r = iam.role(in);
                yield IamRequests.list("InstanceProfiles", iam.profiles().values().stream()
                        .filter(p -> r.name.equalsIgnoreCase(p.roleName)).map(p -> profileJson(iam, p)).toList());
            }
            case "CreatePolicy" -> createPolicy(iam, in);
            case "GetPolicy" -> IamRequests.wrap("Policy", policyJson(iam, IamRequests.text(in, "PolicyArn")));
            case "GetPolicyVersion" -> getPolicyVersion(iam, in);
            case "DeletePolicy" -> deletePolicy(iam, in);
            case "ListPolicies" -> listPolicies(iam, in);
            default -> throw new AwsException("UnknownOperationException", "Unknown operation " + operation, 400);
        };
    }

    private static ObjectNode createProfile(Iam iam, ObjectNode in) {
        String name = IamRequests.name(in, "InstanceProfileName");
        if (iam.profiles().containsKey(name)) throw IamRequests.alreadyExists("Instance Profile " + name + " already exists.");
        String path = IamRequests.path(in);
        InstanceProfile p = new InstanceProfile(name, path, Iam.accountPrefix() + "instance-profile" + path + name,
                "AIPA" + iam.world().ids().upperAlnum(17), iam.world().kernel().epochSeconds());
        iam.profiles().put(name, p);
        return IamRequests.wrap("InstanceProfile", profileJson(iam, p));
    }

    private static InstanceProfile profile(Iam iam, ObjectNode in) {
        String name = IamRequests.text(in, "InstanceProfileName");
        InstanceProfile p = iam.profiles().get(name);
        if (p == null) throw IamRequests.noSuchEntity("Instance Profile " + name + " cannot be found.");
        return p;
    }

    private static ObjectNode profileJson(Iam iam, InstanceProfile p) {
        ObjectNode o = Json.object();
        o.put("Path", p.path).put("InstanceProfileName", p.name).put("InstanceProfileId", p.id).put("Arn", p.arn)
                .put("CreateDate", p.createDate);
        ArrayNode roles = o.putArray("Roles");
        if (p.roleName != null && iam.roles().containsKey(p.roleName)) roles.add(iam.roleJson(iam.roles().get(p.roleName), false));
        return o;
    }

    private static ObjectNode createPolicy(Iam iam, ObjectNode in) {
        String name = IamRequests.name(in, "PolicyName");
        PolicyDocument doc = PolicyDocument.parse(IamRequests.required(in, "PolicyDocument"), false);
        String path = IamRequests.path(in);
        String arn = Iam.accountPrefix() + "policy" + path + name;
        if (iam.policies().values().stream().anyMatch(p -> p.name().equals(name))) {
            throw IamRequests.alreadyExists("A policy called " + name + " already exists. Duplicate names are not allowed.");
        }
        iam.policies().put(arn, new CustomerPolicy(name, path, arn, "ANPA" + iam.world().ids().upperAlnum(17),
                iam.world().kernel().epochSeconds(), Json.text(in, "Description", null), doc));
        return IamRequests.wrap("Policy", policyJson(iam, arn));
    }

    private static ObjectNode policyJson(Iam iam, String arn) {
        long attachments = iam.roles().values().stream().filter(r -> r.attached.contains(arn)).count();
        ObjectNode o = Json.object();
        var managed = ManagedPolicies.byArn(arn);
        if (managed.isPresent()) {
            var m = managed.get();
            o.put("PolicyName", m.name()).put("PolicyId", m.id()).put("Arn", arn)
                    .put("Path", arn.substring("arn:aws:iam::aws:policy".length(), arn.length() - m.name().length()))
                    .put("DefaultVersionId", m.version()).put("AttachmentCount", attachments)
                    .put("PermissionsBoundaryUsageCount", 0).put("IsAttachable", true).put("Description", m.description());
            return o;
        }
        CustomerPolicy p = iam.policies().get(arn);
        if (p == null) throw IamRequests.noSuchEntity("Policy " + arn + " was not found.");
        o.put("PolicyName", p.name()).put("PolicyId", p.id()).put("Arn", arn).put("Path", p.path())
                .put("DefaultVersionId", "v1").put("AttachmentCount", attachments).put("PermissionsBoundaryUsageCount", 0)
                .put("IsAttachable", true).put("CreateDate", p.createDate()).put("UpdateDate", p.createDate());
        if (p.description() != null) o.put("Description", p.description());
        return o;
    }

    private static ObjectNode getPolicyVersion(Iam iam, ObjectNode in) {
        String arn = IamRequests.text(in, "PolicyArn");
        String version = IamRequests.text(in, "VersionId");
        var managed = ManagedPolicies.byArn(arn);
        PolicyDocument doc;
        String current;
        if (managed.isPresent()) {
            doc = managed.get().document();
            current = managed.get().version();
        } else if (iam.policies().containsKey(arn)) {
            doc = iam.policies().get(arn).document();
            current = "v1";
        } else {
            throw IamRequests.noSuchEntity("Policy " + arn + " was not found.");
        }
        if (!current.equals(version)) throw IamRequests.noSuchEntity("Policy " + arn + " version " + version + " does not exist or is not attachable.");
        ObjectNode v = Json.object();
        v.set("Document", doc.json());
        v.put("VersionId", version).put("IsDefaultVersion", true);
        return IamRequests.wrap("PolicyVersion", v);
    }

    private static ObjectNode deletePolicy(Iam iam, ObjectNode in) {
        String arn = IamRequests.text(in, "PolicyArn");
        if (!iam.policies().containsKey(arn)) throw IamRequests.noSuchEntity("Policy " + arn + " was not found.");
        if (iam.roles().values().stream().anyMatch(r -> r.attached.contains(arn))) {
            throw IamRequests.deleteConflict("Cannot delete a policy attached to entities.");
        }
        iam.policies().remove(arn);
        return Json.object();
    }

    private static ObjectNode listPolicies(Iam iam, ObjectNode in) {
        String scope = Json.text(in, "Scope", "All");
        List<ObjectNode> out = new ArrayList<>();
        if (!scope.equals("Local")) ManagedPolicies.all().forEach(m -> out.add(policyJson(iam, m.arn())));
        if (!scope.equals("AWS")) iam.policies().keySet().forEach(arn -> out.add(policyJson(iam, arn)));
        return IamRequests.list("Policies", out);
    }
}
