package dockyard.sim.efs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dockyard.sim.AwsException;
import dockyard.sim.Caller;
import dockyard.sim.Json;
import dockyard.sim.Kernel;
import dockyard.sim.ec2.Ec2;
import dockyard.sim.ec2.Eni;

import java.util.List;
import java.util.Optional;

/** EFS API operations (EFS API reference: CreateFileSystem, CreateMountTarget, CreateAccessPoint, ...). */
final class EfsOperations {
    private EfsOperations() {
    }

    static ObjectNode invoke(Efs efs, String op, ObjectNode in, Caller caller) {
        return switch (op) {
            case "CreateFileSystem" -> createFileSystem(efs, in, caller);
            case "DescribeFileSystems" -> describeFileSystems(efs, in, caller);
            case "DeleteFileSystem" -> {
                FileSystem fs = efs.fileSystem(required(in, "FileSystemId"));
                efs.authorize(caller, "elasticfilesystem:DeleteFileSystem", fs.arn);
                if (!fs.mountTargets.isEmpty()) {
                    throw new AwsException("FileSystemInUse", "File system '" + fs.id + "' has mount targets created in it.", 409);
                }
                fs.state = "deleting";
                efs.world.kernel().schedule(Efs.FILE_SYSTEM_READY_MILLIS, () -> efs.fileSystems.remove(fs.id));
                yield Json.object();
            }
            case "CreateMountTarget" -> createMountTarget(efs, in, caller);
            case "DescribeMountTargets" -> describeMountTargets(efs, in, caller);
            case "DeleteMountTarget" -> {
                String id = required(in, "MountTargetId");
                for (FileSystem fs : efs.fileSystems.values()) {
                    FileSystem.MountTarget mt = fs.mountTargets.get(id);
                    if (mt != null) {
                        efs.authorize(caller, "elasticfilesystem:DeleteMountTarget", fs.arn);
                        fs.mountTargets.remove(id);
                        efs.world.service(Ec2.class).deleteNetworkInterface(mt.eniId);
                        yield Json.object();
                    }
                }
                throw new AwsException("MountTargetNotFound", "Mount target '" + id + "' does not exist.", 404);
            }
            case "CreateAccessPoint" -> EfsAccessPoints.create(efs, in, caller);
            case "DescribeAccessPoints" -> EfsAccessPoints.describe(efs, in, caller);
            case "DeleteAccessPoint" -> EfsAccessPoints.delete(efs, in, caller);
            default -> throw new AwsException("UnknownOperationException", "Unknown operation " + op, 400);
        };
    }

    static String required(JsonNode in, String member) {
        String v = Json.text(in, member, null);
        if (v == null || v.isEmpty()) {
            throw AwsException.client("BadRequest", "1 validation error detected: Value null at '" + Character.toLowerCase(member.charAt(0))
                    + member.substring(1) + "' failed to satisfy constraint: Member must not be null");
        }
        return v;
    }

    static double seconds(long simMillis) {
        return Json.epochSeconds(Kernel.EPOCH.plusMillis(simMillis));
    }

    private static void oneOf(String value, String member, List<String> allowed) {
        if (!allowed.contains(value)) {
            throw AwsException.client("ValidationException", "1 validation error detected: Value '" + value + "' at '" + member
                    + "' failed to satisfy constraint: Member must satisfy enum value set: " + allowed);
        }
    }

    private static ObjectNode createFileSystem(Efs efs, ObjectNode in, Caller caller) {
        String region = caller.region();
        String token = Json.text(in, "CreationToken", null);
        if (token == null || token.isEmpty()) token = efs.world.ids().uuid();
        String performance = Json.text(in, "PerformanceMode", "generalPurpose");
        String throughput = Json.text(in, "ThroughputMode", "bursting");
        oneOf(performance, "performanceMode", List.of("generalPurpose", "maxIO"));
        oneOf(throughput, "throughputMode", List.of("bursting", "provisioned", "elastic"));
        Double mibps = in.has("ProvisionedThroughputInMibps") ? in.get("ProvisionedThroughputInMibps").asDouble() : null;
        if (throughput.equals("provisioned") && mibps == null) {
            throw AwsException.client("BadRequest", "ProvisionedThroughputInMibps is required when ThroughputMode is set to provisioned.");
        }
        if (!throughput.equals("provisioned") && mibps != null) {
            throw AwsException.client("BadRequest", "ProvisionedThroughputInMibps can only be set when ThroughputMode is set to provisioned.");
        }
        if (performance.equals("maxIO") && throughput.equals("elastic")) {
            throw AwsException.client("BadRequest", "Elastic throughput mode is not supported for file systems using the Max I/O performance mode.");
        }
        String oneZone = Json.text(in, "AvailabilityZoneName", null);
        if (oneZone != null && performance.equals("maxIO")) {
            throw AwsException.client("BadRequest", "One Zone file systems support only the General Purpose performance mode.");
        }
        efs.authorize(caller, "elasticfilesystem:CreateFileSystem", "arn:aws:elasticfilesystem:" + region + ":" + Caller.ACCOUNT + ":file-system/*");
        for (FileSystem f : efs.fileSystems.values()) {
            if (f.region.equals(region) && f.creationToken.equals(token)) {
                throw new AwsException("FileSystemAlreadyExists", "File system '" + f.id + "' already exists with creation token '" + token + "'", 409);
            }
        }
        String name = null;
        if (in.get("Tags") != null) for (JsonNode t : in.get("Tags")) if (t.path("Key").asText().equals("Name")) name = t.path("Value").asText();
        String id = efs.world.ids().resource("fs");
        FileSystem fs = new FileSystem(id, "arn:aws:elasticfilesystem:" + region + ":" + Caller.ACCOUNT + ":file-system/" + id, region, token,
                efs.world.kernel().now(), performance, throughput, mibps, in.path("Encrypted").asBoolean(false), oneZone, name);
        efs.fileSystems.put(id, fs);
        efs.world.kernel().schedule(Efs.FILE_SYSTEM_READY_MILLIS, () -> {
            if (fs.state.equals("creating")) fs.state = "available";
        });
        efs.world.timeline().record("efs", "FileSystemCreated", fs.arn, "Created file system " + id);
        ObjectNode out = json(fs);
        JsonNode tags = in.get("Tags");
        if (tags != null) out.set("Tags", tags.deepCopy());
        return out;
    }

    static ObjectNode json(FileSystem fs) {
        ObjectNode o = Json.object();
        o.put("OwnerId", Caller.ACCOUNT);
        o.put("CreationToken", fs.creationToken);
        o.put("FileSystemId", fs.id);
        o.put("FileSystemArn", fs.arn);
        o.put("CreationTime", seconds(fs.created));
        o.put("LifeCycleState", fs.state);
        if (fs.name != null) o.put("Name", fs.name);
        o.put("NumberOfMountTargets", fs.mountTargets.size());
        ObjectNode size = o.putObject("SizeInBytes");
        size.put("Value", fs.sizeBytes()).put("ValueInIA", 0).put("ValueInStandard", fs.sizeBytes());
        o.put("PerformanceMode", fs.performanceMode);
        o.put("Encrypted", fs.encrypted);
        o.put("ThroughputMode", fs.throughputMode);
        if (fs.provisionedMibps != null) o.put("ProvisionedThroughputInMibps", fs.provisionedMibps);
        if (fs.oneZoneAz != null) {
            o.put("AvailabilityZoneName", fs.oneZoneAz);
            o.put("AvailabilityZoneId", azId(fs.oneZoneAz));
        }
        ArrayNode tags = o.putArray("Tags");
        if (fs.name != null) tags.addObject().put("Key", "Name").put("Value", fs.name);
        o.putObject("FileSystemProtection").put("ReplicationOverwriteProtection", "ENABLED");
        return o;
    }

    private static ObjectNode describeFileSystems(Efs efs, ObjectNode in, Caller caller) {
        ObjectNode out = Json.object();
        ArrayNode list = out.putArray("FileSystems");
        String id = Json.text(in, "FileSystemId", null);
        String token = Json.text(in, "CreationToken", null);
        if (id != null) {
            FileSystem fs = efs.fileSystem(id);
            efs.authorize(caller, "elasticfilesystem:DescribeFileSystems", fs.arn);
            list.add(json(fs));
            return out;
        }
        efs.authorize(caller, "elasticfilesystem:DescribeFileSystems", "arn:aws:elasticfilesystem:" + caller.region() + ":" + Caller.ACCOUNT + ":file-system/*");
        for (FileSystem fs : efs.fileSystems.values()) {
            if (fs.region.equals(caller.region()) && (token == null || fs.creationToken.equals(token))) list.add(json(fs));
        }
        return out;
    }

    private static ObjectNode createMountTarget(Efs efs, ObjectNode in, Caller caller) {
        FileSystem fs = efs.fileSystem(required(in, "FileSystemId"));
        String subnetId = required(in, "SubnetId");
        efs.authorize(caller, "elasticfilesystem:CreateMountTarget", fs.arn);
        if (!fs.state.equals("available")) {
            throw new AwsException("IncorrectFileSystemLifeCycleState", "File system '" + fs.id + "' is not in available state.", 409);
        }
        Ec2 ec2 = efs.world.service(Ec2.class);
        Optional<String> az = ec2.availabilityZoneOfSubnet(fs.region, subnetId);
        if (az.isEmpty()) throw AwsException.client("SubnetNotFound", "The subnet ID '" + subnetId + "' does not exist");
        if (fs.oneZoneAz != null && !fs.oneZoneAz.equals(az.get())) {
            throw AwsException.client("BadRequest", "The subnet must be in the file system's Availability Zone " + fs.oneZoneAz + ".");
        }
        for (FileSystem.MountTarget mt : fs.mountTargets.values()) {
            if (mt.az.equals(az.get())) throw new AwsException("MountTargetConflict", "mount target already exists in this AZ", 409);
        }
        JsonNode groups = in.get("SecurityGroups");
        if (groups != null) {
            for (JsonNode g : groups) {
                if (!ec2.securityGroupExists(fs.region, g.asText())) {
                    throw AwsException.client("SecurityGroupNotFound", "The security group ID '" + g.asText() + "' does not exist");
                }
            }
        }
        String id = efs.world.ids().resource("fsmt");
        Eni eni = ec2.createNetworkInterface(fs.region, subnetId, "EFS mount target for " + fs.id + " (" + id + ")");
        FileSystem.MountTarget mt = new FileSystem.MountTarget(id, subnetId, az.get(), eni.privateIpv4Address(), eni.networkInterfaceId(), eni.vpcId());
        fs.mountTargets.put(id, mt);
        efs.world.kernel().schedule(Efs.MOUNT_TARGET_READY_MILLIS, () -> {
            if (mt.state.equals("creating")) mt.state = "available";
        });
        return json(fs, mt);
    }

    static ObjectNode json(FileSystem fs, FileSystem.MountTarget mt) {
        ObjectNode o = Json.object();
        o.put("OwnerId", Caller.ACCOUNT);
        o.put("MountTargetId", mt.id);
        o.put("FileSystemId", fs.id);
        o.put("SubnetId", mt.subnetId);
        o.put("LifeCycleState", mt.state);
        o.put("IpAddress", mt.ip);
        o.put("NetworkInterfaceId", mt.eniId);
        o.put("AvailabilityZoneId", azId(mt.az));
        o.put("AvailabilityZoneName", mt.az);
        o.put("VpcId", mt.vpcId);
        return o;
    }

    private static ObjectNode describeMountTargets(Efs efs, ObjectNode in, Caller caller) {
        ObjectNode out = Json.object();
        ArrayNode list = out.putArray("MountTargets");
        String fsId = Json.text(in, "FileSystemId", null);
        String mtId = Json.text(in, "MountTargetId", null);
        if (fsId == null && mtId == null) {
            throw AwsException.client("BadRequest", "Must specify exactly one mutually exclusive parameter.");
        }
        if (fsId != null) {
            FileSystem fs = efs.fileSystem(fsId);
            efs.authorize(caller, "elasticfilesystem:DescribeMountTargets", fs.arn);
            for (FileSystem.MountTarget mt : fs.mountTargets.values()) list.add(json(fs, mt));
            return out;
        }
        for (FileSystem fs : efs.fileSystems.values()) {
            FileSystem.MountTarget mt = fs.mountTargets.get(mtId);
            if (mt != null) {
                efs.authorize(caller, "elasticfilesystem:DescribeMountTargets", fs.arn);
                list.add(json(fs, mt));
                return out;
            }
        }
        throw new AwsException("MountTargetNotFound", "Mount target '" + mtId + "' does not exist.", 404);
    }

    /** The AZ id AWS pairs with an AZ name in this simulation (ap-northeast-2a → apne2-az1). */
    static String azId(String az) {
        String region = az.substring(0, az.length() - 1);
        String[] parts = region.split("-");
        StringBuilder b = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length - 1; i++) {
            String p = parts[i];
            for (String dir : new String[]{"north", "south", "east", "west", "central"}) {
                p = p.replace(dir, dir.substring(0, 1));
            }
            b.append(p);
        }
        b.append(parts[parts.length - 1]);
        return b + "-az" + (az.charAt(az.length() - 1) - 'a' + 1);
    }
}
