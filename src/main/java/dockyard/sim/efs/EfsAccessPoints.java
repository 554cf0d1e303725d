package dockyard.sim.efs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dockyard.sim.AwsException;
import dockyard.sim.Caller;
import dockyard.sim.Json;

/** EFS access points: CreateAccessPoint, DescribeAccessPoints, DeleteAccessPoint. */
final class EfsAccessPoints {
    private EfsAccessPoints() {
    }

    static ObjectNode create(Efs efs, ObjectNode in, Caller caller) {
        FileSystem fs = efs.fileSystem(EfsOperations.required(in, "FileSystemId"));
        efs.authorize(caller, "elasticfilesystem:CreateAccessPoint", fs.arn);
        String token = Json.text(in, "ClientToken", null);
        if (token == null || token.isEmpty()) token = efs.world.ids().uuid();
        for (FileSystem f : efs.fileSystems.values()) {
            for (FileSystem.AccessPoint ap : f.accessPoints.values()) {
                if (ap.clientToken().equals(token)) {
                    throw new AwsException("AccessPointAlreadyExists", "Access point '" + ap.id() + "' already exists with client token '" + token + "'", 409);
                }
            }
        }
        JsonNode posix = in.get("PosixUser");
        Long uid = null;
        Long gid = null;
        if (posix != null) {
            if (!posix.has("Uid") || !posix.has("Gid")) {
                throw AwsException.client("BadRequest", "PosixUser must include both Uid and Gid.");
            }
            uid = posix.get("Uid").asLong();
            gid = posix.get("Gid").asLong();
        }
        JsonNode root = in.path("RootDirectory");
        String path = root.path("Path").asText("/");
        if (!path.startsWith("/") || path.length() > 100) {
            throw AwsException.client("BadRequest", "RootDirectory Path must be an absolute path of at most 100 characters.");
        }
        JsonNode ci = root.get("CreationInfo");
        Long ownerUid = null;
        Long ownerGid = null;
        String perms = null;
        if (ci != null) {
            if (!ci.has("OwnerUid") || !ci.has("OwnerGid") || !ci.has("Permissions")) {
                throw AwsException.client("BadRequest", "CreationInfo must include OwnerUid, OwnerGid and Permissions.");
            }
            ownerUid = ci.get("OwnerUid").asLong();
            ownerGid = ci.get("OwnerGid").asLong();
            perms = ci.get("Permissions").asText();
        }
        String name = null;
        if (in.get("Tags") != null) for (JsonNode t : in.get("Tags")) if (t.path("Key").asText().equals("Name")) name = t.path("Value").asText();
        String id = efs.world.ids().resource("fsap");
        FileSystem.AccessPoint ap = new FileSystem.AccessPoint(id, "arn:aws:elasticfilesystem:" + fs.region + ":" + Caller.ACCOUNT
                + ":access-point/" + id, token, name, uid, gid, path, ownerUid, ownerGid, perms);
        fs.accessPoints.put(id, ap);
        ObjectNode out = json(fs, ap);
        if (in.get("Tags") != null) out.set("Tags", in.get("Tags").deepCopy());
        return out;
    }

    static ObjectNode json(FileSystem fs, FileSystem.AccessPoint ap) {
        ObjectNode o = Json.object();
        o.put("ClientToken", ap.clientToken());
        if (ap.name() != null) o.put("Name", ap.name());
        ArrayNode tags = o.putArray("Tags");
        if (ap.name() != null) tags.addObject().put("Key", "Name").put("Value", ap.name());
        o.put("AccessPointId", ap.id());
        o.put("AccessPointArn", ap.arn());
        o.put("FileSystemId", fs.id);
        if (ap.uid() != null) o.putObject("PosixUser").put("Uid", ap.uid()).put("Gid", ap.gid());
        ObjectNode root = o.putObject("RootDirectory");
        root.put("Path", ap.rootPath());
        if (ap.ownerUid() != null) {
            root.putObject("CreationInfo").put("OwnerUid", ap.ownerUid()).put("OwnerGid", ap.ownerGid()).put("Permissions", ap.permissions());
        }
        o.put("OwnerId", Caller.ACCOUNT);
        o.put("LifeCycleState", "available");
        return o;
    }

    static ObjectNode describe(Efs efs, ObjectNode in, Caller caller) {
        ObjectNode out = Json.object();
        ArrayNode list = out.putArray("AccessPoints");
        String apId = Json.text(in, "AccessPointId", null);
        String fsId = Json.text(in, "FileSystemId", null);
        if (fsId != null) {
            FileSystem fs = efs.fileSystem(fsId);
            efs.authorize(caller, "elasticfilesystem:DescribeAccessPoints", fs.arn);
            for (FileSystem.AccessPoint ap : fs.accessPoints.values()) list.add(json(fs, ap));
            return out;
        }
        for (FileSystem fs : efs.fileSystems.values()) {
            if (!fs.region.equals(caller.region())) continue;
            for (FileSystem.AccessPoint ap : fs.accessPoints.values()) {
                if (apId == null || ap.id().equals(apId)) list.add(json(fs, ap));
            }
        }
        if (apId != null && list.isEmpty()) throw new AwsException("AccessPointNotFound", "Access point '" + apId + "' does not exist.", 404);
        return out;
    }

    static ObjectNode delete(Efs efs, ObjectNode in, Caller caller) {
        String id = EfsOperations.required(in, "AccessPointId");
        for (FileSystem fs : efs.fileSystems.values()) {
            if (fs.accessPoints.containsKey(id)) {
                efs.authorize(caller, "elasticfilesystem:DeleteAccessPoint", fs.accessPoints.get(id).arn());
                fs.accessPoints.remove(id);
                return Json.object();
            }
        }
        throw new AwsException("AccessPointNotFound", "Access point '" + id + "' does not exist.", 404);
    }
}
