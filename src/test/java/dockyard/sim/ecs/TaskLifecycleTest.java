package dockyard.sim.ecs;

import com.fasterxml.jackson.databind.JsonNode;
import dockyard.sim.Json;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class TaskLifecycleTest {
    private final EcsScenario sim = new EcsScenario();

    private String subnets() {
        return "'networkConfiguration':{'awsvpcConfiguration':{'subnets':['" + String.join("','", sim.subnets()) + "'],'assignPublicIp':'ENABLED'}}";
    }

    private List<String> statesOf(String taskArn) {
        List<String> states = new ArrayList<>();
        sim.world.timeline().entries().stream().filter(e -> e.kind().equals("TaskStateChange") && e.resource().equals(taskArn))
                .forEach(e -> states.add(e.message().replaceAll(".* is ([A-Z]+).*", "$1")));
        return states;
    }

    @Test
    void aFargateTaskGoesFromProvisioningThroughPendingToRunningOnPlatform140() {
        sim.call("ecs", "CreateCluster", "{'clusterName':'f'}");
        sim.fargateTd("web");
        var t = sim.call("ecs", "RunTask", "{'cluster':'f','taskDefinition':'web','launchType':'FARGATE'," + subnets() + "}").get("tasks").get(0);
        assertThat(t.get("lastStatus").asText()).isEqualTo("PROVISIONING");
        assertThat(t.get("desiredStatus").asText()).isEqualTo("RUNNING");
        assertThat(t.get("platformVersion").asText()).isEqualTo("1.4.0");
        assertThat(t.get("ephemeralStorage").get("sizeInGiB").asInt()).isEqualTo(20);
        assertThat(t.has("containerInstanceArn")).isFalse();
        String arn = t.get("taskArn").asText();
        assertThat(arn).matches("arn:aws:ecs:ap-northeast-2:123456789012:task/f/[0-9a-f]{32}");
        sim.advanceSeconds(120);
        var running = sim.task("f", arn);
        assertThat(running.get("lastStatus").asText()).isEqualTo("RUNNING");
        assertThat(running.get("startedAt").asDouble()).isGreaterThan(running.get("createdAt").asDouble());
        assertThat(statesOf(arn)).containsExactly("PROVISIONING", "PENDING", "ACTIVATING", "RUNNING");
    }

    @Test
    void aFargateTaskDefinitionCannotRunWithPlacementStrategiesOrWithoutFargateCompatibility() {
        sim.call("ecs", "CreateCluster", "{'clusterName':'f'}");
        sim.fargateTd("web");
        sim.webTd("bridge", 0, 64, "");
        sim.fails("ecs", "RunTask", "{'cluster':'f','taskDefinition':'bridge','launchType':'FARGATE'}", "InvalidParameterException",
                "Task definition does not support launch_type FARGATE.");
        sim.fails("ecs", "RunTask", "{'cluster':'f','taskDefinition':'web','launchType':'FARGATE'," + subnets()
                + ",'placementStrategy':[{'type':'binpack','field':'cpu'}]}", "InvalidParameterException", "Placement strategies are not supported with FARGATE launch type.");
        sim.fails("ecs", "RunTask", "{'cluster':'f','taskDefinition':'web','launchType':'FARGATE','networkConfiguration':{'awsvpcConfiguration':{'subnets':[]}}}",
                "InvalidParameterException", "subnets can not be empty.");
    }

    @Test
    void fargateTasksSpreadAcrossTheSubnetsAvailabilityZones() {
        sim.call("ecs", "CreateCluster", "{'clusterName':'f'}");
        sim.fargateTd("web");
        var out = sim.call("ecs", "RunTask", "{'cluster':'f','taskDefinition':'web','launchType':'FARGATE','count':6," + subnets() + "}");
        List<String> azs = new ArrayList<>();
        out.get("tasks").forEach(t -> azs.add(t.get("availabilityZone").asText()));
        assertThat(azs).filteredOn(a -> a.equals("ap-northeast-2a")).hasSize(2);
        assertThat(azs).filteredOn(a -> a.equals("ap-northeast-2b")).hasSize(2);
        assertThat(azs).filteredOn(a -> a.equals("ap-northeast-2c")).hasSize(2);
    }

    @Test
    void stopTaskIsUserInitiatedAndTheStoppedTaskStaysVisibleForAnHour() {
        sim.clusterWith("demo", 1, "t3.small");
        sim.webTd("web", 0, 64, "");
        String arn = sim.call("ecs", "RunTask", "{'cluster':'demo','taskDefinition':'web','startedBy':'me'}").get("tasks").get(0).get("taskArn").asText();
        sim.advanceSeconds(60);
        var stopping = sim.call("ecs", "StopTask", "{'cluster':'demo','task':'" + arn + "'}").get("task");
        assertThat(stopping.get("desiredStatus").asText()).isEqualTo("STOPPED");
        assertThat(stopping.get("stopCode").asText()).isEqualTo("UserInitiated");
        assertThat(stopping.get("stoppedReason").asText()).isEqualTo("Task stopped by user");
        assertThat(stopping.has("stoppingAt")).isTrue();
        sim.advanceSeconds(60);
        JsonNode stopped = sim.task("demo", arn);
        assertThat(stopped.get("lastStatus").asText()).isEqualTo("STOPPED");
        assertThat(sim.call("ecs", "ListTasks", "{'cluster':'demo','desiredStatus':'STOPPED'}").get("taskArns")).hasSize(1);
        assertThat(sim.call("ecs", "ListTasks", "{'cluster':'demo'}").get("taskArns")).isEmpty();
        var ci = sim.describeInstance("demo", sim.containerInstances("demo").get(0));
        assertThat(EcsScenario.resource(ci, "remainingResources", "MEMORY")).isEqualTo(EcsScenario.resource(ci, "registeredResources", "MEMORY"));
        sim.advanceSeconds(3600);
        assertThat(sim.call("ecs", "DescribeTasks", "{'cluster':'demo','tasks':['" + arn + "']}").get("failures").get(0).get("reason").asText())
                .isEqualTo("MISSING");
    }

    @Test
    void stopTaskWithAReasonKeepsTheReason() {
        sim.clusterWith("demo", 1, "t3.small");
        sim.webTd("web", 0, 64, "");
        String arn = sim.call("ecs", "RunTask", "{'cluster':'demo','taskDefinition':'web'}").get("tasks").get(0).get("taskArn").asText();
        sim.call("ecs", "StopTask", "{'cluster':'demo','task':'" + arn + "','reason':'rolling back'}");
        sim.advanceSeconds(60);
        assertThat(sim.task("demo", arn).get("stoppedReason").asText()).isEqualTo("rolling back");
        sim.fails("ecs", "StopTask", "{'cluster':'demo','task':'0123'}", "InvalidParameterException", "The referenced task was not found.");
    }

    @Test
    void listTasksFiltersByFamilyStartedByAndContainerInstance() {
        sim.clusterWith("demo", 2, "t3.small");
        sim.webTd("web", 0, 64, "");
        sim.webTd("api", 0, 64, "");
        sim.call("ecs", "RunTask", "{'cluster':'demo','taskDefinition':'web','count':3,'startedBy':'batch-1'}");
        sim.call("ecs", "RunTask", "{'cluster':'demo','taskDefinition':'api'}");
        assertThat(sim.call("ecs", "ListTasks", "{'cluster':'demo','family':'web'}").get("taskArns")).hasSize(3);
        assertThat(sim.call("ecs", "ListTasks", "{'cluster':'demo','startedBy':'batch-1'}").get("taskArns")).hasSize(3);
        String ci = sim.containerInstances("demo").get(0);
        int onFirst = sim.call("ecs", "ListTasks", "{'cluster':'demo','containerInstance':'" + ci + "'}").get("taskArns").size();
        int onSecond = sim.call("ecs", "ListTasks", "{'cluster':'demo','containerInstance':'" + sim.containerInstances("demo").get(1) + "'}").get("taskArns").size();
        assertThat(onFirst + onSecond).isEqualTo(4);
    }

    @Test
    void everyStateChangeIsPublishedAsATaskStateChangeEvent() {
        sim.clusterWith("demo", 1, "t3.small");
        sim.webTd("web", 0, 64, "");
        List<String> seen = new ArrayList<>();
        sim.world.kernel().subscribe(TaskStateChange.class, e -> seen.add(e.lastStatus() + "/" + e.desiredStatus()));
        String arn = sim.call("ecs", "RunTask", "{'cluster':'demo','taskDefinition':'web'}").get("tasks").get(0).get("taskArn").asText();
        sim.advanceSeconds(60);
        sim.call("ecs", "StopTask", "{'cluster':'demo','task':'" + arn + "'}");
        sim.advanceSeconds(60);
        assertThat(seen).startsWith("PENDING/RUNNING").contains("RUNNING/RUNNING", "STOPPED/STOPPED");
    }

    @Test
    void theSameSeedAndCallsGiveByteIdenticalResults() throws Exception {
        List<String> a = script(new EcsScenario(7)), b = script(new EcsScenario(7)), c = script(new EcsScenario(8));
        assertThat(a).isEqualTo(b);
        assertThat(a).isNotEqualTo(c);
    }

    private static List<String> script(EcsScenario s) throws Exception {
        List<String> out = new ArrayList<>();
        s.clusterWith("demo", 3, "t3.small");
        s.webTd("web", 0, 64, "{'containerPort':80}");
        s.fargateTd("fg");
        out.add(Json.MAPPER.writeValueAsString(s.call("ecs", "RunTask", "{'cluster':'demo','taskDefinition':'web','count':5}")));
        out.add(Json.MAPPER.writeValueAsString(s.call("ecs", "RunTask", "{'cluster':'demo','taskDefinition':'fg','launchType':'FARGATE',"
                + "'networkConfiguration':{'awsvpcConfiguration':{'subnets':['" + String.join("','", s.subnets()) + "']}}}")));
        s.advanceSeconds(300);
        out.add(Json.MAPPER.writeValueAsString(s.call("ec2", "DescribeInstances", "{}")));
        Set<String> arns = new HashSet<>();
        s.call("ecs", "ListTasks", "{'cluster':'demo'}").get("taskArns").forEach(t -> arns.add(t.asText()));
        out.add(Json.MAPPER.writeValueAsString(s.call("ecs", "DescribeTasks", "{'cluster':'demo','tasks':" + Json.MAPPER.writeValueAsString(
                new java.util.TreeSet<>(arns)) .replace('"', '\'') + "}")));
        s.world.timeline().entries().forEach(e -> out.add(e.toString()));
        return out;
    }

    @Test
    void codeRunningAsARoleNeedsPassRoleToStartATaskWithRoles() {
        sim.clusterWith("demo", 1, "t3.small");
        String exec = sim.taskRole("ecsTaskExecutionRole", "arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy");
        sim.call("ecs", "RegisterTaskDefinition", "{'family':'app','executionRoleArn':'" + exec + "','containerDefinitions':"
                + "[{'name':'app','image':'nginx','memory':64}]}");
        sim.call("iam", "CreateRole", "{'RoleName':'scheduler','AssumeRolePolicyDocument':{'Statement':[{'Effect':'Allow',"
                + "'Principal':{'Service':'events.amazonaws.com'},'Action':'sts:AssumeRole'}]}}");
        sim.call("iam", "PutRolePolicy", "{'RoleName':'scheduler','PolicyName':'run','PolicyDocument':{'Statement':"
                + "[{'Effect':'Allow','Action':'ecs:RunTask','Resource':'*'}]}}");
        dockyard.sim.Caller scheduler = dockyard.sim.Caller.role("arn:aws:iam::123456789012:role/scheduler", "ap-northeast-2");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> sim.callAs(scheduler, "ecs", "RunTask", "{'cluster':'demo','taskDefinition':'app'}"))
                .hasMessageContaining("is not authorized to perform: iam:PassRole on resource: " + exec);
        sim.call("iam", "AttachRolePolicy", "{'RoleName':'scheduler','PolicyArn':'arn:aws:iam::aws:policy/service-role/AmazonEC2ContainerServiceEventsRole'}");
        assertThat(sim.callAs(scheduler, "ecs", "RunTask", "{'cluster':'demo','taskDefinition':'app'}").get("tasks")).hasSize(1);
    }

    @Test
    void runTaskIsAuthorizedOnTheTaskDefinitionNotOnTheCluster() {
        sim.clusterWith("demo", 1, "t3.small");
        sim.call("ecs", "RegisterTaskDefinition", "{'family':'report','containerDefinitions':[{'name':'r','image':'nginx','memory':64}]}");
        sim.call("iam", "CreateRole", "{'RoleName':'runner','AssumeRolePolicyDocument':{'Statement':[{'Effect':'Allow',"
                + "'Principal':{'Service':'events.amazonaws.com'},'Action':'sts:AssumeRole'}]}}");
        sim.call("iam", "PutRolePolicy", "{'RoleName':'runner','PolicyName':'cluster-only','PolicyDocument':{'Statement':"
                + "[{'Effect':'Allow','Action':'ecs:RunTask','Resource':'arn:aws:ecs:ap-northeast-2:123456789012:cluster/demo'}]}}");
        dockyard.sim.Caller runner = dockyard.sim.Caller.role("arn:aws:iam::123456789012:role/runner", "ap-northeast-2");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> sim.callAs(runner, "ecs", "RunTask", "{'cluster':'demo','taskDefinition':'report'}"))
                .hasMessageContaining("is not authorized to perform: ecs:RunTask on resource: arn:aws:ecs:ap-northeast-2:123456789012:task-definition/report:1");
        sim.call("iam", "PutRolePolicy", "{'RoleName':'runner','PolicyName':'report-only','PolicyDocument':{'Statement':"
                + "[{'Effect':'Allow','Action':'ecs:RunTask','Resource':'arn:aws:ecs:ap-northeast-2:123456789012:task-definition/report:*'}]}}");
        assertThat(sim.callAs(runner, "ecs", "RunTask", "{'cluster':'demo','taskDefinition':'report'}").get("tasks")).hasSize(1);
    }
}
