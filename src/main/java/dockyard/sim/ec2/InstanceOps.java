package dockyard.sim.ec2;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dockyard.sim.AwsException;
import dockyard.sim.Caller;
import dockyard.sim.Json;
import dockyard.sim.Kernel;
import dockyard.sim.Limits;
import dockyard.sim.ssm.Ssm;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The instance operations and lifecycle. Simulated timings: pending → running 30–60 s; stopping → stopped
 * 15–30 s; shutting-down → terminated 20–40 s; a terminated instance stays visible for one hour (EC2UG
 * terminating-instances: "remains visible ... for a short while").
 */
final class InstanceOps {
    private static final long HOUR = 3600_000;
    private final Ec2 ec2;

    InstanceOps(Ec2 ec2) {
        this.ec2 = ec2;
    }

    ObjectNode invoke(String operation, ObjectNode in, Caller caller) {
        return switch (operation) {
            case "RunInstances" -> run(in, caller);
            case "DescribeInstances" -> DescribeInstances.describe(ec2, in, caller, ids(in, caller));
            case "TerminateInstances" -> change(in, caller, "TerminatingInstances", this::terminate);
            case "StopInstances" -> change(in, caller, "StoppingInstances", this::stop);
            case "StartInstances" -> change(in, caller, "StartingInstances", this::start);
            default -> throw new AwsException("InvalidAction", "The action " + operation + " is not valid for this web service.", 400);
        };
    }

    private static int count(ObjectNode in, String member) {
        JsonNode v = in.get(member);
        if (v == null || v.isNull()) throw AwsException.client("MissingParameter", "The request must contain the parameter " + member);
        try {
            return Integer.parseInt(v.asText());
        } catch (NumberFormatException e) {
            throw AwsException.client("InvalidParameterValue", "Invalid value '" + v.asText() + "' for " + member);
        }
    }

    private ObjectNode run(ObjectNode in, Caller caller) {
        String region = caller.region();
        Network net = ec2.network(region);
        int min = count(in, "MinCount");
        int max = count(in, "MaxCount");
        if (min < 1 || max < 1) throw AwsException.client("InvalidParameterValue", "Value (" + Math.min(min, max) + ") for parameter count is invalid. Expected a positive integer.");
        if (min > max) throw AwsException.client("InvalidParameterValue", "MinCount (" + min + ") may not be greater than MaxCount (" + max + ")");
        String imageId = Json.text(in, "ImageId", null);
        if (imageId == null) throw AwsException.client("MissingParameter", "The request must contain the parameter ImageId");
        if (imageId.startsWith("resolve:ssm:")) imageId = resolveSsm(caller, imageId.substring("resolve:ssm:".length()));
        if (!imageId.matches("ami-[0-9a-f]{8}([0-9a-f]{9})?")) {
            throw AwsException.client("InvalidAMIID.Malformed", "Invalid id: \"" + imageId + "\" (expecting \"ami-...\")");
        }
        String ami = imageId;
        Amis.Ami image = Amis.byId(region, ami).orElseThrow(() ->
                AwsException.client("InvalidAMIID.NotFound", "The image id '[" + ami + "]' does not exist"));
        String typeName = Json.text(in, "InstanceType", null);
        if (typeName == null) {
            throw AwsException.client("InvalidParameterCombination", "The requested configuration is currently not supported. Please check the documentation for supported configurations.");
        }
        InstanceType type = InstanceType.named(typeName).orElseThrow(() ->
                AwsException.client("InvalidParameterValue", "Invalid value '" + typeName + "' for InstanceType."));
        Network.Subnet fixedSubnet = subnet(in, net);
        String userDataB64 = Json.text(in, "UserData", null);
        String userData = "";
        if (userDataB64 != null) {
            try {
                userData = new String(Base64.getMimeDecoder().decode(userDataB64), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw AwsException.client("InvalidParameterValue", "Invalid BASE64 encoding of user data.");
            }
            if (userDataB64.length() > 25600) throw AwsException.client("InvalidParameterValue", "User data is limited to 16384 bytes");
        }
        String[] profile = profile(in);
        List<String> groups = new ArrayList<>();
        in.path("SecurityGroupIds").forEach(g -> {
            if (!net.securityGroupId.equals(g.asText())) {
                throw AwsException.client("InvalidGroup.NotFound", "The security group '" + g.asText() + "' does not exist in VPC '" + net.vpcId + "'");
            }
            groups.add(g.asText());
        });
        if (groups.isEmpty()) groups.add(net.securityGroupId);
        if (in.hasNonNull("KeyName")) {
            throw AwsException.client("InvalidKeyPair.NotFound", "The key pair '" + in.get("KeyName").asText() + "' does not exist");
        }
        int room = Limits.MAX_INSTANCES - ec2.liveInstances();
        if (room < min) {
            throw AwsException.client("InstanceLimitExceeded", "You have requested more instances (" + (ec2.liveInstances() + min)
                    + ") than your current instance limit of " + Limits.MAX_INSTANCES
                    + " allows for the specified instance type. Please visit http://aws.amazon.com/contact-us/ec2-request to request an adjustment to this limit.");
        }
        int n = Math.min(max, room);
        Map<String, String> tags = tags(in);
        String reservation = ec2.world.ids().resource("r");
        ObjectNode out = Json.object();
        out.putArray("Groups");
        ArrayNode arr = out.putArray("Instances");
        for (int k = 0; k < n; k++) {
            Network.Subnet s = fixedSubnet != null ? fixedSubnet : net.subnets.get(ec2.world.ids().nextInt(net.subnets.size()));
            Instance i = new Instance(ec2.world.ids().resource("i"), region, reservation, k, type, image, s,
                    net.allocateIp(s, ec2.world.ids()), ec2.world.ids().resource("eni"), ec2.world.ids().resource("eni-attach"),
                    ec2.mac(), userDataB64, userData, profile[0], profile[1], null, List.copyOf(groups),
                    ec2.world.kernel().epochSeconds());
            i.tags.putAll(tags);
            ec2.instances.put(i.id, i);
            ec2.world.timeline().record("ec2", "InstanceStateChange", i.id, "Instance " + i.id + " (" + type.name() + ", "
                    + s.az() + ") is pending.");
            long boot = 30_000 + ec2.world.ids().nextInt(30_001);
            i.next = ec2.world.kernel().schedule(boot, () -> becomeRunning(i));
            arr.add(InstanceJson.of(i, net));
        }
        out.put("OwnerId", Caller.ACCOUNT).put("ReservationId", reservation);
        return out;
    }

    private String resolveSsm(Caller caller, String name) {
        try {
            return ec2.world.service(Ssm.class).getParameter(caller, name, false).value();
        } catch (AwsException e) {
            throw AwsException.client("InvalidParameterValue", "Invalid SSM parameter: " + name);
        }
    }

    private Network.Subnet subnet(ObjectNode in, Network net) {
        String az = in.path("Placement").path("AvailabilityZone").asText("");
        String subnetId = Json.text(in, "SubnetId", null);
        Network.Subnet s = null;
        if (subnetId != null) {
            s = net.subnet(subnetId);
            if (s == null) throw AwsException.client("InvalidSubnetID.NotFound", "The subnet ID '" + subnetId + "' does not exist");
            if (!az.isEmpty() && !az.equals(s.az())) {
                throw AwsException.client("InvalidParameterValue", "Value (" + az + ") for parameter availabilityZone is invalid. Subnet '"
                        + subnetId + "' is in the availability zone " + s.az());
            }
        } else if (!az.isEmpty()) {
            s = net.subnetInAz(az);
            if (s == null) throw AwsException.client("InvalidParameterValue", "Invalid availability zone: [" + az + "]");
        }
        return s;
    }

    /** {ARN, id} of the instance profile named in IamInstanceProfile.Name or .Arn, or {null, null}. */
    private String[] profile(ObjectNode in) {
        JsonNode p = in.get("IamInstanceProfile");
        if (p == null || p.isNull()) return new String[]{null, null};
        String name = p.path("Name").asText(""), arn = p.path("Arn").asText("");
        String key = !arn.isEmpty() ? arn : name;
        if (key.isEmpty()) return new String[]{null, null};
        return ec2.iam().instanceProfileArn(key).map(a -> new String[]{a, ec2.iam().instanceProfileId(a).orElse(null)})
                .orElseThrow(() -> AwsException.client("InvalidParameterValue", !arn.isEmpty()
                        ? "Value (" + arn + ") for parameter iamInstanceProfile.arn is invalid. Invalid IAM Instance Profile ARN"
                        : "Value (" + name + ") for parameter iamInstanceProfile.name is invalid. Invalid IAM Instance Profile name"));
    }

    private static Map<String, String> tags(ObjectNode in) {
        Map<String, String> tags = new LinkedHashMap<>();
        for (JsonNode spec : in.path("TagSpecifications")) {
            if (!spec.path("ResourceType").asText("instance").equals("instance")) continue;
            for (JsonNode t : spec.path("Tags")) tags.put(t.path("Key").asText(), t.path("Value").asText(""));
        }
        return tags;
    }

    private void becomeRunning(Instance i) {
        i.publicIp = "3." + (34 + ec2.world.ids().nextInt(6)) + "." + ec2.world.ids().nextInt(256) + "." + (1 + ec2.world.ids().nextInt(254));
        transition(i, InstanceState.RUNNING);
    }

    void transition(Instance i, InstanceState to) {
        InstanceState from = i.state;
        i.state = to;
        i.next = null;
        ec2.world.timeline().record("ec2", "InstanceStateChange", i.id, "Instance " + i.id + " is " + to.apiName() + ".");
        ec2.world.kernel().publish(new InstanceStateChange(i.id, i.region, from, to));
    }

    List<String> ids(ObjectNode in, Caller caller) {
        List<String> ids = new ArrayList<>();
        for (JsonNode v : in.path("InstanceIds")) {
            String id = v.asText();
            if (!id.matches("i-[0-9a-f]{8}([0-9a-f]{9})?")) throw AwsException.client("InvalidInstanceID.Malformed", "Invalid id: \"" + id + "\"");
            Instance i = ec2.instances.get(id);
            if (i == null || !i.region.equals(caller.region())) {
                throw AwsException.client("InvalidInstanceID.NotFound", "The instance ID '" + id + "' does not exist");
            }
            ids.add(id);
        }
        return ids;
    }

    private ObjectNode change(ObjectNode in, Caller caller, String member, java.util.function.Consumer<Instance> action) {
        List<String> ids = ids(in, caller);
        if (ids.isEmpty()) throw AwsException.client("MissingParameter", "The request must contain the parameter InstanceIds");
        ObjectNode out = Json.object();
        ArrayNode arr = out.putArray(member);
        for (String id : ids) {
            Instance i = ec2.instances.get(id);
            ObjectNode o = arr.addObject();
            o.set("CurrentState", null);
            o.put("InstanceId", id);
            o.set("PreviousState", InstanceJson.state(i.state));
            action.accept(i);
            o.set("CurrentState", InstanceJson.state(i.state));
        }
        return out;
    }

    private void terminate(Instance i) {
        if (i.state == InstanceState.TERMINATED || i.state == InstanceState.SHUTTING_DOWN) return;
        userInitiated(i, "Client.UserInitiatedShutdown");
        transition(i, InstanceState.SHUTTING_DOWN);
        i.publicIp = null;
        Kernel k = ec2.world.kernel();
        i.next = k.schedule(20_000 + ec2.world.ids().nextInt(20_001), () -> {
            transition(i, InstanceState.TERMINATED);
            i.terminatedAt = k.now();
            ec2.network(i.region).releaseIp(i.privateIp);
            i.next = k.schedule(HOUR, () -> ec2.instances.remove(i.id));
        });
    }

    private void stop(Instance i) {
        if (i.state == InstanceState.TERMINATED || i.state == InstanceState.SHUTTING_DOWN) {
            throw AwsException.client("IncorrectInstanceState", "This instance '" + i.id + "' is not in a state from which it can be stopped.");
        }
        if (i.state != InstanceState.RUNNING && i.state != InstanceState.PENDING) return;
        if (i.next != null) i.next.cancel();
        userInitiated(i, "Client.UserInitiatedShutdown");
        transition(i, InstanceState.STOPPING);
        i.next = ec2.world.kernel().schedule(15_000 + ec2.world.ids().nextInt(15_001), () -> {
            i.publicIp = null;
            transition(i, InstanceState.STOPPED);
        });
    }

    private void start(Instance i) {
        if (i.state != InstanceState.STOPPED) {
            if (i.state == InstanceState.RUNNING || i.state == InstanceState.PENDING) return;
            throw AwsException.client("IncorrectInstanceState", "The instance '" + i.id + "' is not in a state from which it can be started.");
        }
        i.transitionReason = "";
        i.stateReasonCode = null;
        transition(i, InstanceState.PENDING);
        i.next = ec2.world.kernel().schedule(30_000 + ec2.world.ids().nextInt(30_001), () -> becomeRunning(i));
    }

    private void userInitiated(Instance i, String code) {
        if (i.next != null) i.next.cancel();
        java.time.format.DateTimeFormatter f = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                .withZone(java.time.ZoneOffset.UTC);
        i.transitionReason = "User initiated (" + f.format(ec2.world.kernel().instant()) + " GMT)";
        i.stateReasonCode = code;
    }
}
