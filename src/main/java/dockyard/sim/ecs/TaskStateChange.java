package dockyard.sim.ecs;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Published on the kernel at every task state change, as EventBridge's "ECS Task State Change" event:
 * {@code detail} is the task as DescribeTasks shows it at that moment.
 */
public record TaskStateChange(String taskArn, String clusterArn, String lastStatus, String desiredStatus, ObjectNode detail) {
}
