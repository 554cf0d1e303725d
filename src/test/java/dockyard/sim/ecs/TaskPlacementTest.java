package dockyard.sim.ecs;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TaskPlacementTest {
    private final EcsScenario sim = new EcsScenario();

    private JsonNode run(String json) {
        return sim.call("ecs", "RunTask", json);
    }

    private static Map<String, Integer> perInstance(JsonNode tasks) {
        Map<String, Integer> m = new HashMap<>();
        tasks.forEach(t -> m.merge(t.get("containerInstanceArn").asText(), 1, Integer::sum));
        return m;
    }

    @Test
    void runTaskOnAClusterWithoutInstancesFailsAsAWhole() {
        sim.call("ecs", "CreateCluster", "{'clusterName':'empty'}");
        sim.webTd("web", 0, 128, "");
        sim.fails("ecs", "RunTask", "{'cluster':'empty','taskDefinition':'web'}", "InvalidParameterException",
                "No Container Instances were found in your cluster.");
        sim.fails("ecs", "RunTask", "{'cluster':'empty','taskDefinition':'nope'}", "ClientException", "TaskDefinition not found.");
    }

    @Test
    void binpackOnMemoryFillsTheFullestInstanceFirst() {
        sim.clusterWith("demo", 3, "t3.micro");
        sim.webTd("web", 0, 300, "");
        var first = run("{'cluster':'demo','taskDefinition':'web','placementStrategy':[{'type':'binpack','field':'memory'}]}");
        String chosen = first.get("tasks").get(0).get("containerInstanceArn").asText();
        var next = run("{'cluster':'demo','taskDefinition':'web','count':2,'placementStrategy':[{'type':'binpack','field':'memory'}]}");
        assertThat(perInstance(next.get("tasks"))).containsEntry(chosen, 2);
        var ci = sim.describeInstance("demo", chosen);
        assertThat(EcsScenario.resource(ci, "remainingResources", "MEMORY")).isEqualTo(983 - 900);
        var fourth = run("{'cluster':'demo','taskDefinition':'web','placementStrategy':[{'type':'binpack','field':'memory'}]}");
        assertThat(fourth.get("tasks").get(0).get("containerInstanceArn").asText()).isNotEqualTo(chosen);
    }

    @Test
    void spreadByInstanceIdPutsOneTaskOnEachInstance() {
        sim.clusterWith("demo", 3, "t3.small");
        sim.webTd("web", 0, 64, "");
        var out = run("{'cluster':'demo','taskDefinition':'web','count':6,'placementStrategy':[{'type':'spread','field':'instanceId'}]}");
        assertThat(perInstance(out.get("tasks")).values()).containsExactly(2, 2, 2);
    }

    @Test
    void spreadByAvailabilityZoneThenBinpackIsChained() {
        sim.call("ecs", "CreateCluster", "{'clusterName':'demo'}");
        sim.launch(2, "t3.small", "demo", "ap-northeast-2a");
        sim.launch(1, "t3.small", "demo", "ap-northeast-2b");
        sim.advanceSeconds(100);
        sim.webTd("web", 0, 100, "");
        var out = run("{'cluster':'demo','taskDefinition':'web','count':4,'placementStrategy':[{'type':'spread','field':'attribute:ecs.availability-zone'},"
                + "{'type':'binpack','field':'memory'}]}");
        Map<String, Integer> perAz = new HashMap<>();
        out.get("tasks").forEach(t -> perAz.merge(t.get("availabilityZone").asText(), 1, Integer::sum));
        assertThat(perAz).containsEntry("ap-northeast-2a", 2).containsEntry("ap-northeast-2b", 2);
        assertThat(perInstance(out.get("tasks"))).hasSize(2);
    }

    @Test
    void distinctInstanceLeavesTheRestUnplacedWithAFailure() {
        sim.clusterWith("demo", 2, "t3.small");
        sim.webTd("web", 0, 64, "");
        var out = run("{'cluster':'demo','taskDefinition':'web','count':3,'placementConstraints':[{'type':'distinctInstance'}]}");
        assertThat(out.get("tasks")).hasSize(2);
        assertThat(perInstance(out.get("tasks"))).hasSize(2);
        assertThat(out.get("failures").get(0).get("reason").asText()).isEqualTo("DistinctInstance placement constraint unsatisfied.");
    }

    @Test
    void aTaskTooBigForEveryInstanceReportsResourceMemoryAndCpu() {
        sim.clusterWith("demo", 1, "t3.micro");
        sim.webTd("big", 0, 2048, "");
        var out = run("{'cluster':'demo','taskDefinition':'big'}");
        assertThat(out.get("tasks")).isEmpty();
        assertThat(out.get("failures").get(0).get("reason").asText()).isEqualTo("RESOURCE:MEMORY");
        assertThat(out.get("failures").get(0).get("arn").asText()).contains(":container-instance/demo/");
        sim.webTd("cpu", 4096, 64, "");
        assertThat(run("{'cluster':'demo','taskDefinition':'cpu'}").get("failures").get(0).get("reason").asText()).isEqualTo("RESOURCE:CPU");
    }

    @Test
    void aStaticHostPortFitsOncePerInstanceWhileDynamicPortsComeFromTheEphemeralRange() {
        sim.clusterWith("demo", 1, "t3.small");
        sim.webTd("static", 0, 64, "{'containerPort':80,'hostPort':8080}");
        assertThat(run("{'cluster':'demo','taskDefinition':'static'}").get("tasks")).hasSize(1);
        assertThat(run("{'cluster':'demo','taskDefinition':'static'}").get("failures").get(0).get("reason").asText()).isEqualTo("RESOURCE:PORTS");
        sim.webTd("dynamic", 0, 64, "{'containerPort':80}");
        String a = run("{'cluster':'demo','taskDefinition':'dynamic','count':2}").get("tasks").get(1).get("taskArn").asText();
        sim.advanceSeconds(20);
        var binding = sim.task("demo", a).get("containers").get(0).get("networkBindings").get(0);
        assertThat(binding.get("hostPort").asInt()).isBetween(32768, 61000);
        assertThat(binding.get("containerPort").asInt()).isEqualTo(80);
        var ci = sim.describeInstance("demo", sim.containerInstances("demo").get(0));
        assertThat(ci.get("remainingResources").get(2).get("stringSetValue").toString()).contains("\"8080\"");
    }

    @Test
    void memberOfPlacesOnlyOnInstancesThatMatch() {
        sim.call("ecs", "CreateCluster", "{'clusterName':'demo'}");
        sim.launch(2, "t3.small", "demo", null);
        List<String> big = sim.launch(1, "m5.large", "demo", null);
        sim.advanceSeconds(100);
        sim.webTd("web", 0, 64, "");
        var out = run("{'cluster':'demo','taskDefinition':'web','count':3,'placementConstraints':[{'type':'memberOf',"
                + "'expression':'attribute:ecs.instance-type == m5.large'}]}");
        assertThat(out.get("tasks")).hasSize(3);
        out.get("tasks").forEach(t -> assertThat(sim.describeInstance("demo", t.get("containerInstanceArn").asText())
                .get("ec2InstanceId").asText()).isEqualTo(big.get(0)));
        var none = run("{'cluster':'demo','taskDefinition':'web','placementConstraints':[{'type':'memberOf','expression':'attribute:ecs.instance-type == c5.large'}]}");
        assertThat(none.get("failures")).hasSize(3);
        assertThat(none.get("failures").get(0).get("reason").asText()).isEqualTo("MemberOf placement constraint unsatisfied.");
    }

    @Test
    void awsvpcTasksTakeAnEniSoAT3MicroFitsOnlyOne() {
        sim.clusterWith("demo", 1, "t3.micro");
        sim.call("ecs", "RegisterTaskDefinition", "{'family':'vpc','networkMode':'awsvpc','memory':'128','containerDefinitions':"
                + "[{'name':'web','image':'nginx','portMappings':[{'containerPort':80}]}]}");
        sim.fails("ecs", "RunTask", "{'cluster':'demo','taskDefinition':'vpc'}", "InvalidParameterException",
                "Network Configuration must be provided when networkMode 'awsvpc' is specified.");
        String subnets = "'networkConfiguration':{'awsvpcConfiguration':{'subnets':['" + String.join("','", sim.subnets()) + "']}}";
        var out = run("{'cluster':'demo','taskDefinition':'vpc','count':2," + subnets + "}");
        assertThat(out.get("tasks")).hasSize(1);
        assertThat(out.get("failures").get(0).get("reason").asText()).isEqualTo("RESOURCE:ENI");
        var t = out.get("tasks").get(0);
        assertThat(t.get("lastStatus").asText()).isEqualTo("PROVISIONING");
        assertThat(t.get("attachments").get(0).get("status").asText()).isEqualTo("PRECREATED");
        sim.advanceSeconds(20);
        var later = sim.task("demo", t.get("taskArn").asText());
        assertThat(later.get("lastStatus").asText()).isEqualTo("RUNNING");
        assertThat(later.get("attachments").get(0).get("details").toString()).contains("networkInterfaceId", "privateIPv4Address");
    }

    @Test
    void anAwsvpcSubnetInAnotherAzThanEveryInstanceIsALocationFailure() {
        sim.call("ecs", "CreateCluster", "{'clusterName':'demo'}");
        sim.launch(1, "t3.small", "demo", "ap-northeast-2a");
        sim.advanceSeconds(100);
        sim.call("ecs", "RegisterTaskDefinition", "{'family':'vpc','networkMode':'awsvpc','memory':'128','containerDefinitions':[{'name':'web','image':'nginx'}]}");
        var out = run("{'cluster':'demo','taskDefinition':'vpc','networkConfiguration':{'awsvpcConfiguration':{'subnets':['" + sim.subnets().get(2) + "']}}}");
        assertThat(out.get("failures").get(0).get("reason").asText()).isEqualTo("LOCATION");
    }

    @Test
    void drainingInstancesGetNoNewTasks() {
        sim.clusterWith("demo", 1, "t3.small");
        sim.webTd("web", 0, 64, "");
        String ci = sim.containerInstances("demo").get(0);
        var upd = sim.call("ecs", "UpdateContainerInstancesState", "{'cluster':'demo','containerInstances':['" + ci + "'],'status':'DRAINING'}");
        assertThat(upd.get("containerInstances").get(0).get("status").asText()).isEqualTo("DRAINING");
        var out = run("{'cluster':'demo','taskDefinition':'web'}");
        assertThat(out.get("tasks")).isEmpty();
    }

    @Test
    void countAboveTenIsRejected() {
        sim.clusterWith("demo", 1, "t3.small");
        sim.webTd("web", 0, 64, "");
        sim.fails("ecs", "RunTask", "{'cluster':'demo','taskDefinition':'web','count':11}", "InvalidParameterException", "count must be between 1 and 10.");
    }
}
