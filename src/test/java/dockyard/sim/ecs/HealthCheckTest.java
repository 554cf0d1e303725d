package dockyard.sim.ecs;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HealthCheckTest {
    private final EcsScenario sim = new EcsScenario();

    private String run(String healthCheck) {
        sim.call("ecs", "RegisterTaskDefinition", "{'family':'web','containerDefinitions':[{'name':'web','image':'nginx','memory':64,"
                + "'portMappings':[{'containerPort':80}],'healthCheck':" + healthCheck + "}]}");
        return sim.call("ecs", "RunTask", "{'cluster':'demo','taskDefinition':'web'}").get("tasks").get(0).get("taskArn").asText();
    }

    @Test
    void aServerAnsweringOnItsPortBecomesHealthyAfterTheFirstInterval() {
        sim.clusterWith("demo", 1, "t3.small");
        String arn = run("{'command':['CMD-SHELL','curl -f http://localhost/ || exit 1']}");
        sim.advanceSeconds(20);
        assertThat(sim.task("demo", arn).get("healthStatus").asText()).isEqualTo("UNKNOWN");
        sim.advanceSeconds(40);
        JsonNode t = sim.task("demo", arn);
        assertThat(t.get("containers").get(0).get("healthStatus").asText()).isEqualTo("HEALTHY");
        assertThat(t.get("healthStatus").asText()).isEqualTo("HEALTHY");
    }

    @Test
    void aCheckThatKeepsFailingMakesTheTaskUnhealthyButAStandaloneTaskKeepsRunning() {
        sim.clusterWith("demo", 1, "t3.small");
        String arn = run("{'command':['CMD-SHELL','curl -f http://localhost:8080/health || exit 1'],'interval':10,'retries':3}");
        sim.advanceSeconds(25);
        assertThat(sim.task("demo", arn).get("healthStatus").asText()).isEqualTo("UNKNOWN");
        sim.advanceSeconds(30);
        JsonNode t = sim.task("demo", arn);
        assertThat(t.get("healthStatus").asText()).isEqualTo("UNHEALTHY");
        assertThat(t.get("lastStatus").asText()).isEqualTo("RUNNING");
    }

    @Test
    void healthCheckSettingsMustBeInAwsRanges() {
        sim.fails("ecs", "RegisterTaskDefinition", "{'family':'web','containerDefinitions':[{'name':'web','image':'nginx','memory':64,"
                + "'healthCheck':{'command':['CMD-SHELL','true'],'interval':4}}]}", "ClientException", "must be between 5 and 300");
        sim.fails("ecs", "RegisterTaskDefinition", "{'family':'web','containerDefinitions':[{'name':'web','image':'nginx','memory':64,"
                + "'healthCheck':{'command':['curl','localhost']}}]}", "ClientException", "must start with CMD or CMD-SHELL");
    }
}
