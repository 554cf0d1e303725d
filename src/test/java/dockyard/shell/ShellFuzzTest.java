package dockyard.shell;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dockyard.sim.World;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever a learner types, the shell answers with output and an exit code: no exception escapes, and the engine
 * never fails with an internal error. {@code JAZZER_FUZZ=1} fuzzes; otherwise the saved inputs run as regression tests.
 */
class ShellFuzzTest {
    @FuzzTest(maxDuration = "30s")
    void anyCommandLineGivesAnExitCode(FuzzedDataProvider data) {
        Shell shell = new Shell(new World(7));
        CommandResult r = shell.run(data.consumeRemainingAsString());
        assertThat(r.exit()).isBetween(0, 255);
        assertThat(r.stderr()).doesNotContain("InternalFailure");
    }

    private static final String[] CPU = {"256", "512", "1024", "2048", "4096", "128", "0", "-1", "1 vCPU", "abc", ""};
    private static final String[] MEMORY = {"512", "1024", "2048", "3072", "8192", "30720", "1GB", "0", "100000", ""};
    private static final String[] MODES = {"awsvpc", "bridge", "host", "none", "nat", ""};
    private static final String[] COMPAT = {"FARGATE", "EC2", "EXTERNAL", "MANAGED_INSTANCES", "LAMBDA"};
    private static final String[] IMAGES = {"nginx", "busybox", "public.ecr.aws/nginx/nginx:latest",
            "123456789012.dkr.ecr.ap-northeast-2.amazonaws.com/web:1", "", "UPPER/Case", "a:b:c@sha256:zz"};

    /** Task definitions built from plausible and implausible values, then registered and run on Fargate and EC2. */
    @FuzzTest(maxDuration = "30s")
    void structuredTaskDefinitionsNeverBreakTheEngine(FuzzedDataProvider data) {
        Shell shell = new Shell(new World(7));
        StringBuilder containers = new StringBuilder();
        int n = data.consumeInt(0, 3);
        for (int i = 0; i < n; i++) {
            if (i > 0) containers.append(',');
            containers.append("{\"name\": \"c").append(data.consumeInt(0, 2)).append("\", \"image\": \"").append(data.pickValue(IMAGES)).append('"');
            if (data.consumeBoolean()) containers.append(", \"memory\": ").append(data.consumeInt(-10, 70000));
            if (data.consumeBoolean()) containers.append(", \"cpu\": ").append(data.consumeInt(-10, 20000));
            if (data.consumeBoolean()) containers.append(", \"essential\": ").append(data.consumeBoolean());
            if (data.consumeBoolean()) containers.append(", \"portMappings\": [{\"containerPort\": ").append(data.consumeInt(-1, 70000))
                    .append(", \"hostPort\": ").append(data.consumeInt(-1, 70000)).append("}]");
            if (data.consumeBoolean()) containers.append(", \"command\": [\"sh\", \"-c\", \"echo hi; exit ").append(data.consumeInt(0, 255)).append("\"]");
            if (data.consumeBoolean()) containers.append(", \"mountPoints\": [{\"sourceVolume\": \"v\", \"containerPath\": \"/data\"}]");
            containers.append('}');
        }
        String td = "{\"family\": \"f" + data.consumeInt(0, 3) + "\", \"networkMode\": \"" + data.pickValue(MODES)
                + "\", \"requiresCompatibilities\": [\"" + data.pickValue(COMPAT) + "\"], \"cpu\": \"" + data.pickValue(CPU)
                + "\", \"memory\": \"" + data.pickValue(MEMORY) + "\""
                + (data.consumeBoolean() ? ", \"volumes\": [{\"name\": \"v\", \"efsVolumeConfiguration\": {\"fileSystemId\": \"fs-1\"}}]" : "")
                + ", \"containerDefinitions\": [" + containers + "]}";
        shell.writeFile("td.json", td);
        List<CommandResult> results = new ArrayList<>();
        results.add(shell.run("aws ecs register-task-definition --cli-input-json file://td.json"));
        results.add(shell.run("aws ecs create-cluster --cluster-name default"));
        results.add(shell.run("SUBNET=$(aws ec2 describe-subnets --query 'Subnets[0].SubnetId' --output text)"));
        results.add(shell.run("aws ecs run-task --task-definition f0 --launch-type " + data.pickValue(new String[]{"FARGATE", "EC2"})
                + " --network-configuration awsvpcConfiguration={subnets=[$SUBNET]}"));
        results.add(shell.run("sim advance 5m"));
        results.add(shell.run("aws ecs list-tasks --desired-status STOPPED"));
        for (CommandResult r : results) {
            assertThat(r.exit()).as(td).isBetween(0, 255);
            assertThat(r.stderr()).as(td).doesNotContain("InternalFailure");
        }
    }

    @FuzzTest(maxDuration = "30s")
    void anyTaskDefinitionJsonIsAcceptedOrRefusedWithAMessage(FuzzedDataProvider data) {
        Shell shell = new Shell(new World(7));
        shell.writeFile("td.json", data.consumeRemainingAsString());
        CommandResult r = shell.run("aws ecs register-task-definition --cli-input-json file://td.json");
        assertThat(r.exit()).isIn(0, 252, 254);
        assertThat(r.stderr()).doesNotContain("InternalFailure");
    }
}
