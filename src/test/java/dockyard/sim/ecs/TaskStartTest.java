package dockyard.sim.ecs;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What happens between PENDING and STOPPED once containers really run (pulls, secrets, exits, stops). */
class TaskStartTest {
    private final EcsScenario sim = new EcsScenario();

    private String runBusybox(String command) {
        sim.call("ecs", "RegisterTaskDefinition", "{'family':'job','containerDefinitions':[{'name':'job','image':'busybox',"
                + "'memory':64,'command':['sh','-c','" + command + "']}]}");
        return sim.call("ecs", "RunTask", "{'cluster':'demo','taskDefinition':'job'}").get("tasks").get(0).get("taskArn").asText();
    }

    @Test
    void anEssentialContainerExitingStopsTheTask() {
        sim.clusterWith("demo", 1, "t3.small");
        String arn = runBusybox("echo working; sleep 20; exit 3");
        sim.advanceSeconds(15);
        assertThat(sim.task("demo", arn).get("lastStatus").asText()).isEqualTo("RUNNING");
        sim.advanceSeconds(60);
        JsonNode t = sim.task("demo", arn);
        assertThat(t.get("lastStatus").asText()).isEqualTo("STOPPED");
        assertThat(t.get("stopCode").asText()).isEqualTo("EssentialContainerExited");
        assertThat(t.get("stoppedReason").asText()).isEqualTo("Essential container in task exited");
        assertThat(t.get("containers").get(0).get("exitCode").asInt()).isEqualTo(3);
        assertThat(t.get("containers").get(0).get("imageDigest").asText()).startsWith("sha256:");
    }

    @Test
    void aMissingImageFailsTheTaskWithCannotPullContainerError() {
        sim.clusterWith("demo", 1, "t3.small");
        sim.call("ecs", "RegisterTaskDefinition", "{'family':'bad','containerDefinitions':[{'name':'web','image':'nginx:no-such-tag','memory':64}]}");
        String arn = sim.call("ecs", "RunTask", "{'cluster':'demo','taskDefinition':'bad'}").get("tasks").get(0).get("taskArn").asText();
        sim.advanceSeconds(60);
        JsonNode t = sim.task("demo", arn);
        assertThat(t.get("lastStatus").asText()).isEqualTo("STOPPED");
        assertThat(t.get("stopCode").asText()).isEqualTo("TaskFailedToStart");
        assertThat(t.get("stoppedReason").asText()).startsWith("CannotPullContainerError:");
        assertThat(t.has("startedAt")).isFalse();
    }

    @Test
    void stoppingAServerSendsSigtermAndTheTaskEndsStopped() {
        sim.clusterWith("demo", 1, "t3.small");
        sim.webTd("web", 0, 64, "{'containerPort':80}");
        String arn = sim.call("ecs", "RunTask", "{'cluster':'demo','taskDefinition':'web'}").get("tasks").get(0).get("taskArn").asText();
        sim.advanceSeconds(60);
        sim.call("ecs", "StopTask", "{'cluster':'demo','task':'" + arn + "'}");
        sim.advanceSeconds(5);
        JsonNode t = sim.task("demo", arn);
        assertThat(t.get("lastStatus").asText()).isEqualTo("STOPPED");
        assertThat(t.get("containers").get(0).get("lastStatus").asText()).isEqualTo("STOPPED");
        assertThat(t.get("stopCode").asText()).isEqualTo("UserInitiated");
    }

    @Test
    void aShellThatIgnoresSigtermIsKilledAfterTheStopTimeout() {
        sim.clusterWith("demo", 1, "t3.small");
        String arn = runBusybox("sleep 3600");
        sim.advanceSeconds(60);
        sim.call("ecs", "StopTask", "{'cluster':'demo','task':'" + arn + "'}");
        sim.advanceSeconds(20);
        assertThat(sim.task("demo", arn).get("lastStatus").asText()).isEqualTo("STOPPING");
        sim.advanceSeconds(15);
        JsonNode t = sim.task("demo", arn);
        assertThat(t.get("lastStatus").asText()).isEqualTo("STOPPED");
        assertThat(t.get("containers").get(0).get("exitCode").asInt()).isEqualTo(137);
    }

    @Test
    void aSecretNeedsTheExecutionRoleToAllowSsmGetParameters() {
        sim.clusterWith("demo", 1, "t3.small");
        sim.call("ssm", "PutParameter", "{'Name':'/app/db-password','Value':'s3cret','Type':'SecureString'}");
        sim.taskRole("ecsTaskExecutionRole", "arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy");
        sim.call("ecs", "RegisterTaskDefinition", "{'family':'app','executionRoleArn':'ecsTaskExecutionRole','containerDefinitions':"
                + "[{'name':'app','image':'nginx','memory':64,'secrets':[{'name':'DB_PASSWORD','valueFrom':'/app/db-password'}]}]}");
        String arn = sim.call("ecs", "RunTask", "{'cluster':'demo','taskDefinition':'app'}").get("tasks").get(0).get("taskArn").asText();
        sim.advanceSeconds(60);
        JsonNode t = sim.task("demo", arn);
        assertThat(t.get("stopCode").asText()).isEqualTo("TaskFailedToStart");
        assertThat(t.get("stoppedReason").asText()).startsWith("ResourceInitializationError: unable to pull secrets or registry auth: "
                + "execution resource retrieval failed: unable to retrieve secrets from ssm").contains("ssm:GetParameters");
        sim.call("iam", "PutRolePolicy", "{'RoleName':'ecsTaskExecutionRole','PolicyName':'secrets','PolicyDocument':{'Statement':"
                + "[{'Effect':'Allow','Action':'ssm:GetParameters','Resource':'*'}]}}");
        String again = sim.call("ecs", "RunTask", "{'cluster':'demo','taskDefinition':'app'}").get("tasks").get(0).get("taskArn").asText();
        sim.advanceSeconds(60);
        assertThat(sim.task("demo", again).get("lastStatus").asText()).isEqualTo("RUNNING");
    }
}
