package dockyard.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dockyard.sim.Caller;
import dockyard.sim.Json;
import dockyard.sim.World;
import dockyard.sim.ecs.Ecs;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.concurrent.TimeUnit;

/**
 * Placing 5,000 tasks on 500 registered t3.xlarge container instances with binpack on memory: 500 RunTask
 * calls of 10 tasks each through {@code World.invoke}, JSON in and out, as the shell would make them. Each
 * invocation starts from a fresh world whose instances are registered (the setup is not timed).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PlacementBenchmark {
    private World world;
    private final Caller admin = Caller.admin(Caller.DEFAULT_REGION);
    private ObjectNode runTask;

    static ObjectNode json(String s) {
        try {
            return (ObjectNode) Json.MAPPER.readTree(s.replace('\'', '"'));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A world with cluster {@code bench} of {@code n} registered instances and a task definition {@code web}. */
    static World clusterOf(long seed, int n, String type) {
        World w = new World(seed);
        Caller admin = Caller.admin(Caller.DEFAULT_REGION);
        w.invoke("iam", "CreateRole", json("{'RoleName':'ecsInstanceRole','AssumeRolePolicyDocument':{'Statement':[{'Effect':'Allow',"
                + "'Principal':{'Service':'ec2.amazonaws.com'},'Action':'sts:AssumeRole'}]}}"), admin);
        w.invoke("iam", "AttachRolePolicy", json("{'RoleName':'ecsInstanceRole','PolicyArn':'arn:aws:iam::aws:policy/service-role/AmazonEC2ContainerServiceforEC2Role'}"), admin);
        w.invoke("iam", "CreateInstanceProfile", json("{'InstanceProfileName':'ecsInstanceRole'}"), admin);
        w.invoke("iam", "AddRoleToInstanceProfile", json("{'InstanceProfileName':'ecsInstanceRole','RoleName':'ecsInstanceRole'}"), admin);
        w.invoke("ecs", "CreateCluster", json("{'clusterName':'bench'}"), admin);
        String ami = w.invoke("ssm", "GetParameter", json("{'Name':'/aws/service/ecs/optimized-ami/amazon-linux-2023/recommended/image_id'}"), admin)
                .get("Parameter").get("Value").asText();
        String userData = java.util.Base64.getEncoder().encodeToString("echo ECS_CLUSTER=bench >> /etc/ecs/ecs.config".getBytes());
        w.invoke("ec2", "RunInstances", json("{'MinCount':" + n + ",'MaxCount':" + n + ",'ImageId':'" + ami + "','InstanceType':'" + type
                + "','IamInstanceProfile':{'Name':'ecsInstanceRole'},'UserData':'" + userData + "'}"), admin);
        w.kernel().advance(100_000);
        w.invoke("ecs", "RegisterTaskDefinition", json("{'family':'web','containerDefinitions':[{'name':'web','image':'nginx',"
                + "'cpu':128,'memoryReservation':256}]}"), admin);
        return w;
    }

    @Setup(Level.Invocation)
    public void setup() {
        world = clusterOf(1, 500, "t3.xlarge");
        runTask = json("{'cluster':'bench','taskDefinition':'web','count':10,'placementStrategy':[{'type':'binpack','field':'memory'}]}");
    }

    @Benchmark
    public int place5000TasksOn500Instances() {
        int placed = 0;
        for (int i = 0; i < 500; i++) placed += world.invoke("ecs", "RunTask", runTask, admin).get("tasks").size();
        if (placed != 5000) throw new IllegalStateException("placed " + placed);
        return world.service(Ecs.class).activeTaskArns(Caller.DEFAULT_REGION, "bench").size();
    }
}
