package dockyard.sim.ec2;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dockyard.sim.Caller;
import dockyard.sim.Ids;
import dockyard.sim.Json;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One region's default network: a default VPC 172.31.0.0/16, a default /20 subnet in each of three AZs
 * (172.31.0.0/20, 172.31.16.0/20, 172.31.32.0/20; EC2UG default-vpc) and the default security group. Ids come
 * from the seed and the region only, so they are stable for a seed whatever else happens. Also hands out
 * private IPv4 addresses (never .0–.3 or the broadcast, which AWS reserves; VPC UG subnet-sizing).
 */
final class Network {
    /** A subnet; {@code index} is the AZ's position (a=0). */
    record Subnet(String id, String az, String zoneId, String cidr, int index) {
    }

    final String region;
    final String vpcId;
    final String dhcpOptionsId;
    final String cidrAssociationId;
    final String securityGroupId;
    final List<Subnet> subnets = new ArrayList<>();
    private final Ids ids;
    private final Set<String> usedIps = new HashSet<>();

    Network(long seed, String region) {
        this.region = region;
        this.ids = Ids.derived(seed, "network/" + region);
        this.vpcId = "vpc-0" + ids.hex(16);
        this.dhcpOptionsId = "dopt-0" + ids.hex(16);
        this.cidrAssociationId = "vpc-cidr-assoc-0" + ids.hex(16);
        this.securityGroupId = "sg-0" + ids.hex(16);
        String[] letters = {"a", "b", "c"};
        for (int i = 0; i < 3; i++) {
            subnets.add(new Subnet("subnet-0" + ids.hex(16), region + letters[i], zonePrefix(region) + "-az" + (i + 1),
                    "172.31." + (16 * i) + ".0/20", i));
        }
    }

    /** {@code ap-northeast-2} → {@code apne2}, as AWS's zone ids are written. */
    static String zonePrefix(String region) {
        String[] p = region.split("-");
        if (p.length < 3) return region;
        String dir = p[1].replace("northeast", "ne").replace("southeast", "se").replace("northwest", "nw")
                .replace("southwest", "sw").replace("north", "n").replace("south", "s").replace("east", "e")
                .replace("west", "w").replace("central", "c");
        return p[0] + dir + p[2];
    }

    Subnet subnet(String id) {
        return subnets.stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
    }

    Subnet subnetInAz(String az) {
        return subnets.stream().filter(s -> s.az().equals(az)).findFirst().orElse(null);
    }

    /** A free private IP in the subnet, drawn from the simulation's random source. */
    String allocateIp(Subnet s, Ids random) {
        while (true) {
            int host = 4 + random.nextInt(4096 - 5);
            String ip = "172.31." + (16 * s.index() + host / 256) + "." + (host % 256);
            if (usedIps.add(ip)) return ip;
        }
    }

    void releaseIp(String ip) {
        usedIps.remove(ip);
    }

    ObjectNode vpcJson() {
        ObjectNode v = Json.object();
        v.put("CidrBlock", "172.31.0.0/16").put("DhcpOptionsId", dhcpOptionsId).put("State", "available")
                .put("VpcId", vpcId).put("OwnerId", Caller.ACCOUNT).put("InstanceTenancy", "default");
        ObjectNode a = v.putArray("CidrBlockAssociationSet").addObject();
        a.put("AssociationId", cidrAssociationId).put("CidrBlock", "172.31.0.0/16").putObject("CidrBlockState").put("State", "associated");
        v.put("IsDefault", true);
        return v;
    }

    ObjectNode subnetJson(Subnet s) {
        ObjectNode o = Json.object();
        o.put("AvailabilityZone", s.az()).put("AvailabilityZoneId", s.zoneId())
                .put("AvailableIpAddressCount", 4091 - (int) usedIps.stream().filter(ip -> inSubnet(ip, s)).count())
                .put("CidrBlock", s.cidr()).put("DefaultForAz", true).put("MapPublicIpOnLaunch", true)
                .put("MapCustomerOwnedIpOnLaunch", false).put("State", "available").put("SubnetId", s.id())
                .put("VpcId", vpcId).put("OwnerId", Caller.ACCOUNT).put("AssignIpv6AddressOnCreation", false);
        o.putArray("Ipv6CidrBlockAssociationSet");
        o.put("SubnetArn", "arn:aws:ec2:" + region + ":" + Caller.ACCOUNT + ":subnet/" + s.id());
        return o;
    }

    private static boolean inSubnet(String ip, Subnet s) {
        int third = Integer.parseInt(ip.split("\\.")[2]);
        return third / 16 == s.index();
    }

    ObjectNode securityGroupJson() {
        ObjectNode g = Json.object();
        g.put("Description", "default VPC security group").put("GroupName", "default");
        ObjectNode in = g.putArray("IpPermissions").addObject();
        in.put("IpProtocol", "-1");
        in.putArray("IpRanges");
        in.putArray("Ipv6Ranges");
        in.putArray("PrefixListIds");
        in.putArray("UserIdGroupPairs").addObject().put("GroupId", securityGroupId).put("UserId", Caller.ACCOUNT);
        g.put("OwnerId", Caller.ACCOUNT).put("GroupId", securityGroupId);
        ObjectNode out = g.putArray("IpPermissionsEgress").addObject();
        out.put("IpProtocol", "-1");
        out.putArray("IpRanges").addObject().put("CidrIp", "0.0.0.0/0");
        out.putArray("Ipv6Ranges");
        out.putArray("PrefixListIds");
        out.putArray("UserIdGroupPairs");
        g.put("VpcId", vpcId);
        return g;
    }
}
