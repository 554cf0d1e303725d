package dockyard.sim;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Set;

/**
 * One simulated AWS service, reached through its API operations with AWS's own JSON member names
 * (e.g. {@code ecs} / {@code RunTask} with {@code {"cluster": ..., "taskDefinition": ...}}).
 */
public interface AwsService {
    /** The CLI/endpoint name: {@code ecs}, {@code ec2}, {@code iam}, {@code ecr}, ... */
    String name();

    /** The operation names this simulator implements, in AWS's PascalCase. */
    Set<String> operations();

    /**
     * Runs one operation. Throws {@link AwsException} with AWS's code and message for anything AWS would
     * refuse; never any other exception for bad input.
     */
    ObjectNode invoke(String operation, ObjectNode input, Caller caller);
}
