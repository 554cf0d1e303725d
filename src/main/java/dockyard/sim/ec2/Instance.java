package dockyard.sim.ec2;

import dockyard.sim.Kernel;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** EC2's own mutable record of one instance. */
final class Instance {
    final String id;
    final String region;
    final String reservationId;
    final int launchIndex;
    final InstanceType type;
    final Amis.Ami ami;
    final Network.Subnet subnet;
    final String privateIp;
    final String eniId;
    final String attachmentId;
    final String macAddress;
    final String userDataBase64;
    final String userData;
    final String profileArn;
    final String profileId;
    final String keyName;
    final List<String> securityGroupIds;
    final Map<String, String> tags = new LinkedHashMap<>();
    final double launchTime;
    InstanceState state = InstanceState.PENDING;
    String publicIp;
    String transitionReason = "";
    String stateReasonCode;
    Kernel.Scheduled next;
    long terminatedAt = -1;

    Instance(String id, String region, String reservationId, int launchIndex, InstanceType type, Amis.Ami ami,
             Network.Subnet subnet, String privateIp, String eniId, String attachmentId, String macAddress,
             String userDataBase64, String userData, String profileArn, String profileId, String keyName,
             List<String> securityGroupIds, double launchTime) {
        this.id = id;
        this.region = region;
        this.reservationId = reservationId;
        this.launchIndex = launchIndex;
        this.type = type;
        this.ami = ami;
        this.subnet = subnet;
        this.privateIp = privateIp;
        this.eniId = eniId;
        this.attachmentId = attachmentId;
        this.macAddress = macAddress;
        this.userDataBase64 = userDataBase64;
        this.userData = userData;
        this.profileArn = profileArn;
        this.profileId = profileId;
        this.keyName = keyName;
        this.securityGroupIds = securityGroupIds;
        this.launchTime = launchTime;
    }

    String privateDnsName() {
        return "ip-" + privateIp.replace('.', '-') + "." + region + ".compute.internal";
    }

    String publicDnsName() {
        return publicIp == null ? "" : "ec2-" + publicIp.replace('.', '-') + "." + region + ".compute.amazonaws.com";
    }

    InstanceInfo info(String vpcId) {
        return new InstanceInfo(id, region, type.name(), type.vcpus(), type.memoryMiB(), type.registeredMemoryMiB(),
                type.maxEnis(), ami.imageId(), ami.ecsOptimized(), subnet.az(), subnet.id(), vpcId, privateIp, state,
                userData, profileArn);
    }
}
