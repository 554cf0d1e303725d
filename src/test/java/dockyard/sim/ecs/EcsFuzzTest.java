package dockyard.sim.ecs;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dockyard.sim.AwsException;
import dockyard.sim.Caller;
import dockyard.sim.World;

/**
 * Whatever JSON reaches the ECS API (any members AWS knows, any value types), the engine answers or refuses with
 * an {@link AwsException}: never another exception. {@code JAZZER_FUZZ=1} fuzzes; otherwise saved inputs replay.
 */
class EcsFuzzTest {
    private static final String[] KEYS = {"family", "containerDefinitions", "name", "image", "cpu", "memory", "memoryReservation",
            "essential", "portMappings", "containerPort", "hostPort", "protocol", "networkMode", "requiresCompatibilities",
            "volumes", "efsVolumeConfiguration", "fileSystemId", "rootDirectory", "transitEncryption", "authorizationConfig",
            "accessPointId", "iam", "mountPoints", "sourceVolume", "containerPath", "secrets", "valueFrom", "logConfiguration",
            "logDriver", "options", "ephemeralStorage", "sizeInGiB", "placementConstraints", "type", "expression", "executionRoleArn",
            "taskRoleArn", "stopTimeout", "command", "entryPoint", "environment", "value", "cluster", "taskDefinition", "count",
            "launchType", "networkConfiguration", "awsvpcConfiguration", "subnets", "securityGroups", "assignPublicIp",
            "placementStrategy", "field", "overrides", "containerOverrides", "group", "startedBy", "platformVersion", "filter"};
    private static final String[] WORDS = {"web", "nginx", "FARGATE", "EC2", "awsvpc", "bridge", "host", "none", "256", "512",
            "1 vCPU", "2GB", "0.5 GB", "ENABLED", "DISABLED", "awslogs", "binpack", "spread", "random", "memory", "cpu", "instanceId",
            "attribute:ecs.availability-zone", "memberOf", "distinctInstance", "attribute:ecs.instance-type == t3.small",
            "(a == b", "[x, y", "task:group in [", "/", "/data", "fs-1", "fsap-1", "demo", "default", "web:1", "arn:aws:ecs:x", "", "-1"};

    private static JsonNode value(FuzzedDataProvider d, int depth) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        switch (d.consumeInt(0, depth > 3 ? 3 : 6)) {
            case 0: return f.textNode(d.pickValue(WORDS));
            case 1: return f.numberNode(d.consumeInt(-5, 70000));
            case 2: return f.booleanNode(d.consumeBoolean());
            case 3: return f.textNode(d.consumeString(12));
            case 4: {
                ArrayNode a = f.arrayNode();
                int n = d.consumeInt(0, 3);
                for (int i = 0; i < n; i++) a.add(value(d, depth + 1));
                return a;
            }
            default: return object(d, depth + 1);
        }
    }

    private static ObjectNode object(FuzzedDataProvider d, int depth) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        int n = d.consumeInt(0, 6);
        for (int i = 0; i < n; i++) o.set(d.pickValue(KEYS), value(d, depth));
        return o;
    }

    @FuzzTest(maxDuration = "30s")
    void anyEcsRequestIsAnsweredOrRefusedWithAnAwsError(FuzzedDataProvider data) {
        World world = new World(3);
        Caller admin = Caller.admin(Caller.DEFAULT_REGION);
        world.invoke("ecs", "CreateCluster", JsonNodeFactory.instance.objectNode().put("clusterName", "demo"), admin);
        String[] ops = {"RegisterTaskDefinition", "RunTask", "StartTask", "StopTask", "DescribeTasks", "ListTasks",
                "ListContainerInstances", "DescribeTaskDefinition", "DeregisterTaskDefinition", "UpdateContainerInstancesState"};
        int calls = data.consumeInt(1, 4);
        for (int i = 0; i < calls && data.remainingBytes() > 0; i++) {
            try {
                world.invoke("ecs", data.pickValue(ops), object(data, 0), admin);
                world.kernel().advance(data.consumeInt(0, 300_000));
            } catch (AwsException expected) {
                // a refusal with AWS's code and message is a correct answer
            }
        }
    }
}
