package dockyard.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dockyard.sim.Caller;
import dockyard.sim.Json;
import dockyard.sim.World;
import dockyard.sim.ec2.Ec2;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.concurrent.TimeUnit;

/**
 * EventBridge in the engine: (1) routing custom events (PutEvents, 10 per call, a 1.5 KB detail shaped like an ECS
 * task) past 20 pattern rules of the lesson's kinds, in events per second; (2) the lifecycle of 50 Fargate tasks
 * (RunTask to STOPPED) with no pattern rule, and with 5 rules on ECS task events (ECS then builds each task's event
 * detail and every state change is matched), in milliseconds per 50 tasks.
 */
public class EventBridgeBenchmark {
    static final Caller ADMIN = Caller.admin(Caller.DEFAULT_REGION);

    private static ObjectNode json(String text) {
        try {
            return (ObjectNode) Json.MAPPER.readTree(text.replace('\'', '"'));
        } catch (Exception e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    private static void rule(World w, String name, String pattern) {
        ObjectNode in = Json.object().put("Name", name).put("EventPattern", pattern.replace('\'', '"'));
        w.invoke("events", "PutRule", in, ADMIN);
    }

    /** A world with 20 pattern rules and a PutEvents request of 10 entries. */
    @State(Scope.Thread)
    public static class Routing {
        World routing;
        ObjectNode putEvents;

        @Setup(Level.Trial)
        public void routingWorld() {
            routing = new World(1);
            for (int i = 0; i < 20; i++) {
                switch (i % 4) {
                    case 0 -> rule(routing, "exact" + i, "{'source':['com.example.orders'],'detail':{'lastStatus':['STOPPED'],'group':['family:r" + i + "']}}");
                    case 1 -> rule(routing, "prefix" + i, "{'source':[{'prefix':'com.example'}],'detail':{'taskArn':[{'prefix':'arn:aws:ecs:'}]}}");
                    case 2 -> rule(routing, "numeric" + i, "{'detail':{'containers':{'exitCode':[{'numeric':['>'," + i + "]}]}}}");
                    default -> rule(routing, "anything" + i, "{'detail-type':[{'anything-but':['Order Placed']}],'detail':{'cpu':['256']}}");
                }
            }
            ObjectNode detail = Json.object();
            detail.put("clusterArn", "arn:aws:ecs:ap-northeast-2:123456789012:cluster/media")
                    .put("taskArn", "arn:aws:ecs:ap-northeast-2:123456789012:task/media/0123456789abcdef0123456789abcdef")
                    .put("taskDefinitionArn", "arn:aws:ecs:ap-northeast-2:123456789012:task-definition/report:1")
                    .put("lastStatus", "STOPPED").put("desiredStatus", "STOPPED").put("launchType", "FARGATE").put("cpu", "256")
                    .put("memory", "512").put("group", "family:r0").put("stopCode", "EssentialContainerExited")
                    .put("stoppedReason", "Essential container in task exited").put("createdAt", "2026-03-02T09:00:00.000Z")
                    .put("startedAt", "2026-03-02T09:00:20.000Z").put("stoppedAt", "2026-03-02T09:01:00.000Z").put("version", 6);
            ArrayNode containers = detail.putArray("containers");
            for (int c = 0; c < 3; c++) {
                containers.addObject().put("name", "c" + c).put("lastStatus", "STOPPED").put("exitCode", c).put("image", "busybox")
                        .put("containerArn", "arn:aws:ecs:ap-northeast-2:123456789012:container/media/0123/" + c);
            }
            putEvents = Json.object();
            ArrayNode entries = putEvents.putArray("Entries");
            for (int e = 0; e < 10; e++) {
                entries.addObject().put("Source", "com.example.orders").put("DetailType", "Task Report").put("Detail", detail.toString());
            }
        }
    }

    /** Routes 10 custom events past 20 rules (all of them match one or more). */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(10)
    public ObjectNode routeTenEvents(Routing r) {
        return r.routing.invoke("events", "PutEvents", r.putEvents, ADMIN);
    }

    /** A fresh world per invocation with a Fargate cluster, the report task and {@code ecsRules} ECS pattern rules. */
    @State(Scope.Thread)
    public static class Lifecycle {
        @Param({"0", "5"})
        public int ecsRules;
        World lifecycle;
        String subnet;

        @Setup(Level.Invocation)
        public void lifecycleWorld() {
            lifecycle = new World(2);
            lifecycle.invoke("ecs", "CreateCluster", json("{'clusterName':'media'}"), ADMIN);
            lifecycle.invoke("ecs", "RegisterTaskDefinition", json("{'family':'report','requiresCompatibilities':['FARGATE'],"
                    + "'networkMode':'awsvpc','cpu':'256','memory':'512','containerDefinitions':[{'name':'report','image':'busybox',"
                    + "'command':['sh','-c','sleep 30']}]}"), ADMIN);
            subnet = lifecycle.service(Ec2.class).defaultSubnets("ap-northeast-2").get(0);
            for (int i = 0; i < ecsRules; i++) {
                rule(lifecycle, "ecs" + i, "{'source':['aws.ecs'],'detail-type':['ECS Task State Change'],'detail':{'lastStatus':['STOPPED'],"
                        + "'stopCode':['UserInitiated" + i + "']}}");
            }
        }
    }

    /** Runs 50 Fargate tasks (5 RunTask calls of 10) and lets them start, run 30 s and stop. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public long fiftyTaskLifecycles(Lifecycle l) {
        ObjectNode run = json("{'cluster':'media','taskDefinition':'report','count':10,'launchType':'FARGATE','networkConfiguration':"
                + "{'awsvpcConfiguration':{'subnets':['" + l.subnet + "'],'assignPublicIp':'ENABLED'}}}");
        for (int i = 0; i < 5; i++) l.lifecycle.invoke("ecs", "RunTask", run, ADMIN);
        return l.lifecycle.kernel().advance(5 * 60_000);
    }
}
