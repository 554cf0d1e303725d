package dockyard.sim.secretsmanager;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dockyard.sim.AwsException;
import dockyard.sim.Caller;
import dockyard.sim.Json;
import dockyard.sim.Kernel;

/** Secrets Manager API operations (API reference shapes; dates are epoch seconds). */
final class SecretsOperations {
    private SecretsOperations() {
    }

    static Secret.Version version(Secret s, String versionId, String stage) {
        Secret.Version v = versionId != null ? s.versions.get(versionId) : s.withStage(stage == null ? "AWSCURRENT" : stage);
        if (v == null) {
            throw AwsException.client("ResourceNotFoundException", "Secrets Manager can't find the specified secret value for "
                    + (versionId != null ? "VersionId: " + versionId : "staging label: " + stage));
        }
        return v;
    }

    private static double date(long simMillis) {
        return Json.epochSeconds(Kernel.EPOCH.plusMillis(simMillis));
    }

    private static String required(ObjectNode in, String member) {
        String v = Json.text(in, member, null);
        if (v == null || v.isEmpty()) {
            throw AwsException.client("InvalidParameterException", "1 validation error detected: Value null at '" + member
                    + "' failed to satisfy constraint: Member must not be null");
        }
        return v;
    }

    static ObjectNode invoke(SecretsManager sm, String op, ObjectNode in, Caller caller) {
        String region = caller.region();
        ObjectNode out = Json.object();
        switch (op) {
            case "CreateSecret" -> {
                String name = required(in, "Name");
                SecretsManager.validateName(name);
                sm.authorize(caller, "secretsmanager:CreateSecret", "arn:aws:secretsmanager:" + region + ":" + Caller.ACCOUNT + ":secret:" + name + "-*");
                for (Secret s : sm.secrets.values()) {
                    if (s.region.equals(region) && s.name.equals(name)) {
                        throw AwsException.client(s.deletionDate >= 0 ? "InvalidRequestException" : "ResourceExistsException",
                                s.deletionDate >= 0 ? "You can't create this secret because a secret with this name is already scheduled for deletion."
                                        : "The operation failed because the secret " + name + " already exists.");
                    }
                }
                Secret s = new Secret(name, sm.newArn(region, name), region, sm.now());
                s.description = Json.text(in, "Description", null);
                sm.secrets.put(s.arn, s);
                out.put("ARN", s.arn).put("Name", s.name);
                if (in.has("SecretString") || in.has("SecretBinary")) {
                    Secret.Version v = newVersion(sm, in);
                    s.putCurrent(v);
                    out.put("VersionId", v.id);
                }
            }
            case "GetSecretValue" -> {
                Secret s = sm.find(region, required(in, "SecretId"), caller);
                Secret.Version v = version(s, Json.text(in, "VersionId", null), Json.text(in, "VersionStage", null));
                s.lastAccessed = sm.now();
                out.put("ARN", s.arn).put("Name", s.name).put("VersionId", v.id);
                if (v.binary) out.put("SecretBinary", v.value);
                else out.put("SecretString", v.value);
                ArrayNode stages = out.putArray("VersionStages");
                v.stages.forEach(stages::add);
                out.put("CreatedDate", date(v.created));
            }
            case "PutSecretValue" -> {
                Secret s = find(sm, region, in, caller, "secretsmanager:PutSecretValue");
                if (!in.has("SecretString") && !in.has("SecretBinary")) {
                    throw AwsException.client("InvalidRequestException", "You must provide either SecretString or SecretBinary.");
                }
                Secret.Version v = newVersion(sm, in);
                s.putCurrent(v);
                out.put("ARN", s.arn).put("Name", s.name).put("VersionId", v.id);
                out.putArray("VersionStages").add("AWSCURRENT");
            }
            case "DescribeSecret" -> {
                Secret s = findAny(sm, region, in, caller, "secretsmanager:DescribeSecret");
                describe(s, out);
            }
            case "ListSecrets" -> {
                sm.authorize(caller, "secretsmanager:ListSecrets", "*");
                ArrayNode list = out.putArray("SecretList");
                for (Secret s : sm.secrets.values()) if (s.region.equals(region) && s.deletionDate < 0) describe(s, list.addObject());
            }
            case "DeleteSecret" -> {
                Secret s = findAny(sm, region, in, caller, "secretsmanager:DeleteSecret");
                boolean force = in.path("ForceDeleteWithoutRecovery").asBoolean(false);
                int days = in.path("RecoveryWindowInDays").asInt(30);
                if (force && in.has("RecoveryWindowInDays")) {
                    throw AwsException.client("InvalidParameterException", "You can't use ForceDeleteWithoutRecovery in conjunction with RecoveryWindowInDays.");
                }
                if (days < 7 || days > 30) {
                    throw AwsException.client("InvalidParameterException", "The RecoveryWindowInDays value must be between 7 and 30 days (inclusive).");
                }
                long when = force ? sm.now() : sm.now() + days * 86_400_000L;
                s.deletionDate = when;
                if (force) sm.secrets.remove(s.arn);
                else sm.world.kernel().schedule(when - sm.now(), () -> {
                    if (s.deletionDate >= 0) sm.secrets.remove(s.arn);
                });
                out.put("ARN", s.arn).put("Name", s.name).put("DeletionDate", date(when));
            }
            case "RestoreSecret" -> {
                Secret s = findAny(sm, region, in, caller, "secretsmanager:RestoreSecret");
                s.deletionDate = -1;
                out.put("ARN", s.arn).put("Name", s.name);
            }
            default -> throw new AwsException("UnknownOperationException", "Unknown operation " + op, 400);
        }
        return out;
    }

    private static Secret.Version newVersion(SecretsManager sm, ObjectNode in) {
        String id = Json.text(in, "ClientRequestToken", null);
        boolean binary = !in.has("SecretString");
        return new Secret.Version(id != null ? id : sm.world.ids().uuid(), binary ? in.get("SecretBinary").asText() : in.get("SecretString").asText(),
                binary, sm.now());
    }

    private static Secret find(SecretsManager sm, String region, ObjectNode in, Caller caller, String action) {
        Secret s = findAny(sm, region, in, caller, action);
        if (s.deletionDate >= 0) {
            throw AwsException.client("InvalidRequestException", "You can't perform this operation on the secret because it was marked for deletion.");
        }
        return s;
    }

    /** Like {@link SecretsManager#find} but also finds secrets scheduled for deletion (Describe, Delete, Restore). */
    private static Secret findAny(SecretsManager sm, String region, ObjectNode in, Caller caller, String action) {
        String id = required(in, "SecretId");
        Secret hit = sm.secrets.get(id);
        if (hit == null) {
            for (Secret c : sm.secrets.values()) {
                if (c.region.equals(region) && (c.name.equals(id) || c.arn.startsWith(id + "-") && c.arn.length() == id.length() + 7)) hit = c;
            }
        }
        sm.authorize(caller, action, hit != null ? hit.arn : "arn:aws:secretsmanager:" + region + ":" + Caller.ACCOUNT + ":secret:" + id);
        if (hit == null) throw AwsException.client("ResourceNotFoundException", "Secrets Manager can't find the specified secret.");
        return hit;
    }

    private static void describe(Secret s, ObjectNode o) {
        o.put("ARN", s.arn).put("Name", s.name);
        if (s.description != null) o.put("Description", s.description);
        o.put("LastChangedDate", date(s.lastChanged));
        if (s.lastAccessed >= 0) o.put("LastAccessedDate", date(s.lastAccessed - s.lastAccessed % 86_400_000L));
        if (s.deletionDate >= 0) o.put("DeletedDate", date(s.deletionDate));
        ObjectNode stages = o.putObject("VersionIdsToStages");
        for (Secret.Version v : s.versions.values()) v.stages.forEach(stages.putArray(v.id)::add);
        o.put("CreatedDate", date(s.created));
    }
}
