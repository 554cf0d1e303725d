package dockyard.sim.iam;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dockyard.sim.Json;

import static dockyard.sim.iam.IamRequests.alreadyExists;
import static dockyard.sim.iam.IamRequests.deleteConflict;
import static dockyard.sim.iam.IamRequests.noSuchEntity;
import static dockyard.sim.iam.IamRequests.path;
import static dockyard.sim.iam.IamRequests.required;
import static dockyard.sim.iam.IamRequests.text;
import static dockyard.sim.iam.IamRequests.wrap;

/** The IAM role operations that change or read a role's policies (split from {@link Iam} for size). */
final class IamRoleOps {
    private IamRoleOps() {
    }

    static ObjectNode createRole(Iam iam, ObjectNode in) {
        String name = IamRequests.name(in, "RoleName");
        PolicyDocument trust = PolicyDocument.parse(required(in, "AssumeRolePolicyDocument"), true);
        if (iam.roles().containsKey(name)) throw alreadyExists("Role with name " + name + " already exists.");
        String path = path(in);
        Role r = new Role(name, path, Iam.accountPrefix() + "role" + path + name, "AROA" + iam.world().ids().upperAlnum(17),
                iam.world().kernel().epochSeconds(), Json.text(in, "Description", null), trust);
        iam.roles().put(name, r);
        iam.world().timeline().record("iam", "RoleCreated", r.arn, "Role " + name + " created.");
        return wrap("Role", iam.roleJson(r, false));
    }

    static ObjectNode deleteRole(Iam iam, ObjectNode in) {
        Role r = iam.role(in);
        if (!r.inline.isEmpty()) throw deleteConflict("Cannot delete entity, must delete policies first.");
        if (!r.attached.isEmpty()) throw deleteConflict("Cannot delete entity, must detach all policies first.");
        if (iam.profiles().values().stream().anyMatch(p -> r.name.equalsIgnoreCase(p.roleName))) {
            throw deleteConflict("Cannot delete entity, must remove roles from instance profile first.");
        }
        iam.roles().remove(r.name);
        return Json.object();
    }

    static ObjectNode attach(Iam iam, ObjectNode in) {
        Role r = iam.role(in);
        String arn = text(in, "PolicyArn");
        if (iam.policyName(arn) == null) {
            throw noSuchEntity("Policy " + arn + " does not exist or is not attachable.");
        }
        r.attached.add(arn);
        return Json.object();
    }

    static ObjectNode detach(Iam iam, ObjectNode in) {
        Role r = iam.role(in);
        String arn = text(in, "PolicyArn");
        if (!r.attached.remove(arn)) throw noSuchEntity("Policy " + arn + " was not found.");
        return Json.object();
    }

    static ObjectNode listAttached(Iam iam, ObjectNode in) {
        ObjectNode out = Json.object();
        ArrayNode list = out.putArray("AttachedPolicies");
        for (String arn : iam.role(in).attached) {
            list.addObject().put("PolicyName", iam.policyName(arn)).put("PolicyArn", arn);
        }
        out.put("IsTruncated", false);
        return out;
    }

    static ObjectNode getRolePolicy(Iam iam, ObjectNode in) {
        Role r = iam.role(in);
        String name = text(in, "PolicyName");
        PolicyDocument doc = r.inline.get(name);
        if (doc == null) throw noSuchEntity("The role policy with name " + name + " cannot be found.");
        ObjectNode out = Json.object();
        out.put("RoleName", r.name).put("PolicyName", name).set("PolicyDocument", doc.json());
        return out;
    }
}
