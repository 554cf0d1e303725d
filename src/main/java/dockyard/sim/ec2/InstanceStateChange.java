package dockyard.sim.ec2;

/** Published on the kernel whenever an instance changes state (as EventBridge's "EC2 Instance State-change Notification"). */
public record InstanceStateChange(String instanceId, String region, InstanceState previous, InstanceState current) {
}
