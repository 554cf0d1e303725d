package dockyard.sim.ec2;

/** A network interface EC2 created for an awsvpc task (ECS attaches it; EC2 owns the address). */
public record Eni(String networkInterfaceId, String region, String subnetId, String availabilityZone, String vpcId,
                  String privateIpv4Address, String macAddress, String privateDnsName) {
}
