package dockyard.sim.ec2;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dockyard.sim.AwsException;
import dockyard.sim.AwsService;
import dockyard.sim.Caller;
import dockyard.sim.Json;
import dockyard.sim.World;
import dockyard.sim.iam.Iam;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * EC2 for the simulated account: per region a default VPC, three default subnets (AZs a, b, c) and the default
 * security group; instances that boot in simulated time; network interfaces for awsvpc tasks. Shapes are the
 * EC2 API's as the AWS CLI prints them (PascalCase); timestamps are epoch seconds.
 */
public final class Ec2 implements AwsService {
    private static final Set<String> OPERATIONS = Set.of("RunInstances", "DescribeInstances", "TerminateInstances",
            "StopInstances", "StartInstances", "DescribeVpcs", "DescribeSubnets", "DescribeSecurityGroups",
            "DescribeAvailabilityZones", "DescribeImages", "DescribeNetworkInterfaces");

    final World world;
    private final Map<String, Network> networks = new HashMap<>();
    final Map<String, Instance> instances = new LinkedHashMap<>();
    final Map<String, Eni> enis = new TreeMap<>();
    private final InstanceOps ops;

    public Ec2(World world) {
        this.world = world;
        this.ops = new InstanceOps(this);
    }

    @Override
    public String name() { return "ec2"; }

    @Override
    public Set<String> operations() { return OPERATIONS; }

    // ---- typed API ----------------------------------------------------------------------------------

    /** The instance with this id (any region), if EC2 still knows it. */
    public Optional<InstanceInfo> instance(String instanceId) {
        Instance i = instances.get(instanceId);
        return i == null ? Optional.empty() : Optional.of(i.info(network(i.region).vpcId));
    }

    /** The subnet's AZ, if the subnet exists in the region. */
    public Optional<String> availabilityZoneOfSubnet(String region, String subnetId) {
        Network.Subnet s = network(region).subnet(subnetId);
        return s == null ? Optional.empty() : Optional.of(s.az());
    }

    /** The default subnets' ids in AZ order. */
    public List<String> defaultSubnets(String region) {
        return network(region).subnets.stream().map(Network.Subnet::id).toList();
    }

    public String defaultVpc(String region) {
        return network(region).vpcId;
    }

    public boolean securityGroupExists(String region, String groupId) {
        return network(region).securityGroupId.equals(groupId);
    }

    public String defaultSecurityGroup(String region) {
        return network(region).securityGroupId;
    }

    /** Creates a network interface in the subnet (for an awsvpc task) with a private IP from the seed. */
    public Eni createNetworkInterface(String region, String subnetId, String description) {
        Network n = network(region);
        Network.Subnet s = n.subnet(subnetId);
        if (s == null) throw AwsException.client("InvalidSubnetID.NotFound", "The subnet ID '" + subnetId + "' does not exist");
        String ip = n.allocateIp(s, world.ids());
        Eni eni = new Eni(world.ids().resource("eni"), region, s.id(), s.az(), n.vpcId, ip, mac(),
                "ip-" + ip.replace('.', '-') + "." + region + ".compute.internal");
        enis.put(eni.networkInterfaceId(), eni);
        return eni;
    }

    /** Deletes a task's network interface and frees its address. */
    public void deleteNetworkInterface(String eniId) {
        Eni e = enis.remove(eniId);
        if (e != null) network(e.region()).releaseIp(e.privateIpv4Address());
    }

    /** Instances not yet terminated, across regions (for the sandbox limit). */
    int liveInstances() {
        return (int) instances.values().stream().filter(i -> i.state != InstanceState.TERMINATED).count();
    }

    String mac() {
        StringBuilder b = new StringBuilder("0a");
        for (int k = 0; k < 5; k++) b.append(':').append(world.ids().hex(2));
        return b.toString();
    }

    Network network(String region) {
        return networks.computeIfAbsent(region, r -> new Network(world.kernel().seed(), r));
    }

    Iam iam() {
        return world.service(Iam.class);
    }

    // ---- API ----------------------------------------------------------------------------------------

    @Override
    public ObjectNode invoke(String operation, ObjectNode in, Caller caller) {
        if (!caller.unrestricted() && !iam().allowed(caller, "ec2:" + operation, "*")) {
            throw AwsException.client("UnauthorizedOperation", "You are not authorized to perform this operation. User: "
                    + caller.principalArn() + " is not authorized to perform: ec2:" + operation
                    + " because no identity-based policy allows the ec2:" + operation + " action");
        }
        Network n = network(caller.region());
        return switch (operation) {
            case "DescribeVpcs" -> describe(in, "Vpcs", List.of(n), Map.of(
                    "vpc-id", x -> List.of(x.vpcId), "is-default", x -> List.of("true"),
                    "cidr", x -> List.of("172.31.0.0/16"), "state", x -> List.of("available"),
                    "owner-id", x -> List.of(Caller.ACCOUNT)), "VpcIds", x -> x.vpcId, Network::vpcJson,
                    "InvalidVpcID.NotFound", "The vpc ID '%s' does not exist");
            case "DescribeSubnets" -> describe(in, "Subnets", n.subnets, Map.of(
                    "subnet-id", s -> List.of(s.id()), "vpc-id", s -> List.of(n.vpcId),
                    "availability-zone", s -> List.of(s.az()), "availability-zone-id", s -> List.of(s.zoneId()),
                    "default-for-az", s -> List.of("true"), "cidr-block", s -> List.of(s.cidr()),
                    "state", s -> List.of("available"), "map-public-ip-on-launch", s -> List.of("true")),
                    "SubnetIds", Network.Subnet::id, n::subnetJson, "InvalidSubnetID.NotFound", "The subnet ID '%s' does not exist");
            case "DescribeSecurityGroups" -> describe(in, "SecurityGroups", List.of(n), Map.of(
                    "group-id", x -> List.of(x.securityGroupId), "group-name", x -> List.of("default"),
                    "vpc-id", x -> List.of(x.vpcId), "description", x -> List.of("default VPC security group")),
                    "GroupIds", x -> x.securityGroupId, Network::securityGroupJson,
                    "InvalidGroup.NotFound", "The security group '%s' does not exist");
            case "DescribeAvailabilityZones" -> describe(in, "AvailabilityZones", n.subnets, Map.of(
                    "zone-name", s -> List.of(s.az()), "zone-id", s -> List.of(s.zoneId()),
                    "region-name", s -> List.of(n.region), "state", s -> List.of("available")),
                    "ZoneNames", Network.Subnet::az, s -> zoneJson(n, s), "InvalidParameterValue",
                    "The zone '%s' does not exist in the current region");
            case "DescribeImages" -> describeImages(in, caller.region());
            case "DescribeNetworkInterfaces" -> describeEnis(in, caller.region());
            default -> ops.invoke(operation, in, caller);
        };
    }

    private <T> ObjectNode describe(ObjectNode in, String member, List<T> items, Map<String, Function<T, List<String>>> fields,
                                    String idsMember, Function<T, String> idOf, Function<T, ObjectNode> json,
                                    String notFoundCode, String notFoundMessage) {
        List<String> wanted = new ArrayList<>();
        in.path(idsMember).forEach(v -> wanted.add(v.asText()));
        for (String w : wanted) {
            if (items.stream().noneMatch(i -> idOf.apply(i).equals(w))) {
                throw AwsException.client(notFoundCode, notFoundMessage.formatted(w));
            }
        }
        ObjectNode out = Json.object();
        ArrayNode arr = out.putArray(member);
        for (T item : items) {
            if (!wanted.isEmpty() && !wanted.contains(idOf.apply(item))) continue;
            if (Filters.match(in, item, fields, x -> Map.of())) arr.add(json.apply(item));
        }
        return out;
    }

    private static ObjectNode zoneJson(Network n, Network.Subnet s) {
        ObjectNode z = Json.object();
        z.put("State", "available").put("OptInStatus", "opt-in-not-required");
        z.putArray("Messages");
        z.put("RegionName", n.region).put("ZoneName", s.az()).put("ZoneId", s.zoneId()).put("GroupName", n.region)
                .put("NetworkBorderGroup", n.region).put("ZoneType", "availability-zone");
        return z;
    }

    private ObjectNode describeImages(ObjectNode in, String region) {
        List<String> wanted = new ArrayList<>();
        in.path("ImageIds").forEach(v -> wanted.add(v.asText()));
        ObjectNode out = Json.object();
        ArrayNode arr = out.putArray("Images");
        for (String w : wanted) {
            if (Amis.byId(region, w).isEmpty()) {
                throw AwsException.client("InvalidAMIID.NotFound", "The image id '[" + w + "]' does not exist");
            }
        }
        for (Amis.Ami a : Amis.inRegion(region)) {
            if (!wanted.isEmpty() && !wanted.contains(a.imageId())) continue;
            if (!Filters.match(in, a, Map.of("image-id", x -> List.of(x.imageId()), "name", x -> List.of(x.name()),
                    "owner-alias", x -> List.of("amazon"), "state", x -> List.of("available")), x -> Map.of())) continue;
            arr.addObject().put("Architecture", "x86_64").put("ImageId", a.imageId()).put("ImageLocation", "amazon/" + a.name())
                    .put("ImageType", "machine").put("Public", true).put("OwnerId", "591542846629").put("PlatformDetails", "Linux/UNIX")
                    .put("State", "available").put("Description", a.description()).put("EnaSupport", true)
                    .put("Hypervisor", "xen").put("ImageOwnerAlias", "amazon").put("Name", a.name())
                    .put("RootDeviceName", "/dev/xvda").put("RootDeviceType", "ebs").put("VirtualizationType", "hvm");
        }
        return out;
    }

    private ObjectNode describeEnis(ObjectNode in, String region) {
        ObjectNode out = Json.object();
        ArrayNode arr = out.putArray("NetworkInterfaces");
        for (Eni e : enis.values()) {
            if (!e.region().equals(region)) continue;
            if (!Filters.match(in, e, Map.of("network-interface-id", x -> List.of(x.networkInterfaceId()),
                    "subnet-id", x -> List.of(x.subnetId()), "availability-zone", x -> List.of(x.availabilityZone()),
                    "private-ip-address", x -> List.of(x.privateIpv4Address())), x -> Map.of())) continue;
            ObjectNode o = arr.addObject();
            o.put("AvailabilityZone", e.availabilityZone()).put("Description", "arn:aws:ecs:" + region + ":" + Caller.ACCOUNT
                            + ":attachment/" + e.networkInterfaceId())
                    .put("InterfaceType", "interface").put("MacAddress", e.macAddress())
                    .put("NetworkInterfaceId", e.networkInterfaceId()).put("OwnerId", Caller.ACCOUNT)
                    .put("PrivateDnsName", e.privateDnsName()).put("PrivateIpAddress", e.privateIpv4Address())
                    .put("RequesterId", "578734482556").put("RequesterManaged", true).put("SourceDestCheck", true)
                    .put("Status", "in-use").put("SubnetId", e.subnetId()).put("VpcId", e.vpcId());
            o.putArray("Groups").addObject().put("GroupName", "default").put("GroupId", network(region).securityGroupId);
        }
        return out;
    }
}
