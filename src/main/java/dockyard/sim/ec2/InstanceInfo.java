package dockyard.sim.ec2;

/**
 * What other services may know about an instance (a snapshot; EC2 keeps the state).
 *
 * @param userData           the decoded user data text ("" when none)
 * @param instanceProfileArn the instance profile's ARN, or null
 * @param memoryMiB          nominal memory in MiB
 */
public record InstanceInfo(String instanceId, String region, String instanceType, int vcpus, int memoryMiB,
                           int registeredMemoryMiB, int maxEnis, String imageId, boolean ecsOptimized,
                           String availabilityZone, String subnetId, String vpcId, String privateIp,
                           InstanceState state, String userData, String instanceProfileArn) {
}
