package dockyard.sim.ec2;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dockyard.sim.Caller;
import dockyard.sim.Json;

import java.util.Map;

/** An instance in the EC2 API's shape (DescribeInstances / RunInstances), as the AWS CLI prints it. */
final class InstanceJson {
    private InstanceJson() {
    }

    static ObjectNode state(InstanceState s) {
        ObjectNode o = Json.object();
        o.put("Code", s.code()).put("Name", s.apiName());
        return o;
    }

    static ObjectNode of(Instance i, Network net) {
        boolean gone = i.state == InstanceState.TERMINATED;
        ObjectNode o = Json.object();
        o.put("AmiLaunchIndex", i.launchIndex).put("ImageId", i.ami.imageId()).put("InstanceId", i.id)
                .put("InstanceType", i.type.name()).put("LaunchTime", i.launchTime);
        o.putObject("Monitoring").put("State", "disabled");
        o.putObject("Placement").put("AvailabilityZone", i.subnet.az()).put("GroupName", "").put("Tenancy", "default");
        o.put("PrivateDnsName", gone ? "" : i.privateDnsName());
        if (!gone) o.put("PrivateIpAddress", i.privateIp);
        o.putArray("ProductCodes");
        o.put("PublicDnsName", i.publicDnsName());
        if (i.publicIp != null) o.put("PublicIpAddress", i.publicIp);
        o.set("State", state(i.state));
        o.put("StateTransitionReason", i.transitionReason);
        if (!gone) o.put("SubnetId", i.subnet.id()).put("VpcId", net.vpcId);
        o.put("Architecture", "x86_64");
        ArrayNode bdm = o.putArray("BlockDeviceMappings");
        if (!gone) {
            ObjectNode ebs = bdm.addObject().put("DeviceName", "/dev/xvda").putObject("Ebs");
            ebs.put("AttachTime", i.launchTime).put("DeleteOnTermination", true).put("Status", "attached")
                    .put("VolumeId", "vol-" + i.id.substring(2));
        }
        o.put("ClientToken", "").put("EbsOptimized", false).put("EnaSupport", true).put("Hypervisor", "xen");
        if (i.profileArn != null) o.putObject("IamInstanceProfile").put("Arn", i.profileArn).put("Id", i.profileId);
        ArrayNode nics = o.putArray("NetworkInterfaces");
        if (!gone) nics.add(nic(i, net));
        o.put("RootDeviceName", "/dev/xvda").put("RootDeviceType", "ebs");
        ArrayNode groups = o.putArray("SecurityGroups");
        if (!gone) i.securityGroupIds.forEach(g -> groups.addObject().put("GroupName", "default").put("GroupId", g));
        o.put("SourceDestCheck", true);
        if (i.stateReasonCode != null) {
            o.putObject("StateReason").put("Code", i.stateReasonCode).put("Message", i.stateReasonCode + ": User initiated shutdown");
        }
        if (!i.tags.isEmpty()) {
            ArrayNode tags = o.putArray("Tags");
            for (Map.Entry<String, String> t : i.tags.entrySet()) tags.addObject().put("Key", t.getKey()).put("Value", t.getValue());
        }
        o.put("VirtualizationType", "hvm");
        o.putObject("CpuOptions").put("CoreCount", i.type.vcpus() / i.type.threadsPerCore()).put("ThreadsPerCore", i.type.threadsPerCore());
        o.putObject("MetadataOptions").put("State", "applied").put("HttpTokens", "required").put("HttpPutResponseHopLimit", 2)
                .put("HttpEndpoint", "enabled");
        o.put("PlatformDetails", "Linux/UNIX").put("UsageOperation", "RunInstances");
        return o;
    }

    private static ObjectNode nic(Instance i, Network net) {
        ObjectNode n = Json.object();
        if (i.publicIp != null) {
            n.putObject("Association").put("IpOwnerId", "amazon").put("PublicDnsName", i.publicDnsName()).put("PublicIp", i.publicIp);
        }
        n.putObject("Attachment").put("AttachTime", i.launchTime).put("AttachmentId", i.attachmentId)
                .put("DeleteOnTermination", true).put("DeviceIndex", 0).put("Status", "attached").put("NetworkCardIndex", 0);
        n.put("Description", "");
        ArrayNode groups = n.putArray("Groups");
        i.securityGroupIds.forEach(g -> groups.addObject().put("GroupName", "default").put("GroupId", g));
        n.putArray("Ipv6Addresses");
        n.put("MacAddress", i.macAddress).put("NetworkInterfaceId", i.eniId).put("OwnerId", Caller.ACCOUNT)
                .put("PrivateDnsName", i.privateDnsName()).put("PrivateIpAddress", i.privateIp);
        ObjectNode p = n.putArray("PrivateIpAddresses").addObject();
        if (i.publicIp != null) {
            p.putObject("Association").put("IpOwnerId", "amazon").put("PublicDnsName", i.publicDnsName()).put("PublicIp", i.publicIp);
        }
        p.put("Primary", true).put("PrivateDnsName", i.privateDnsName()).put("PrivateIpAddress", i.privateIp);
        n.put("SourceDestCheck", true).put("Status", "in-use").put("SubnetId", i.subnet.id()).put("VpcId", net.vpcId)
                .put("InterfaceType", "interface");
        return n;
    }
}
