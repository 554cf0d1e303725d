package dockyard.bench;

import dockyard.shell.ShellSession;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Rebuilding a sandbox from its log: a 500-command session (heredocs, variables and command substitution, IAM,
 * a docker build, ECR, 49 ECS clusters each with a task definition and a running Fargate task, {@code --query},
 * text and table output, a service error, time advances) replayed on a fresh {@code World(seed)}. Target: under
 * 100 ms per replay.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ReplayBenchmark {
    /** The log replayed: a setup of 10 commands, then 49 rounds of 10 (a cluster, a task definition, a Fargate task each). */
    public static List<String> log() {
        List<String> log = new ArrayList<>();
        log.add("cat > trust.json <<'EOF'\n{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\",\n"
                + "  \"Principal\": {\"Service\": \"ecs-tasks.amazonaws.com\"}, \"Action\": \"sts:AssumeRole\"}]}\nEOF");
        log.add("aws iam create-role --role-name ecsTaskExecutionRole --assume-role-policy-document file://trust.json --query Role.Arn --output text");
        log.add("aws iam attach-role-policy --role-name ecsTaskExecutionRole --policy-arn arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy");
        log.add("SUBNET=$(aws ec2 describe-subnets --query 'Subnets[0].SubnetId' --output text)");
        log.add("mkdir -p web && cd web && echo '<h1>hi</h1>' > index.html");
        log.add("cat > Dockerfile <<'EOF'\nFROM nginx:latest\nCOPY index.html /usr/share/nginx/html/\nEOF");
        log.add("docker build -q -t web:1 .");
        log.add("aws ecr create-repository --repository-name web --query repository.repositoryUri --output text");
        log.add("docker images");
        log.add("cd ..");
        for (int i = 0; i < 49; i++) {
            log.add("CLUSTER=demo-" + i);
            log.add("aws ecs create-cluster --cluster-name $CLUSTER --query cluster.status --output text");
            log.add("cat > td-" + i + ".json <<EOF\n{\"family\": \"web-" + i + "\", \"networkMode\": \"awsvpc\", \"requiresCompatibilities\": [\"FARGATE\"],\n"
                    + " \"cpu\": \"256\", \"memory\": \"512\", \"containerDefinitions\": [{\"name\": \"web\", \"image\": \"nginx\",\n"
                    + " \"portMappings\": [{\"containerPort\": 80}]}]}\nEOF");
            log.add("aws ecs register-task-definition --cli-input-json file://td-" + i + ".json --query taskDefinition.revision");
            log.add("TASK=$(aws ecs run-task --cluster $CLUSTER --launch-type FARGATE --task-definition web-" + i
                    + " --network-configuration \"awsvpcConfiguration={subnets=[$SUBNET],assignPublicIp=ENABLED}\" --query 'tasks[0].taskArn' --output text)");
            log.add("sim advance 30s");
            log.add("aws ecs describe-tasks --cluster $CLUSTER --tasks $TASK --query 'tasks[0].[lastStatus,availabilityZone]' --output text");
            log.add("aws ecs list-tasks --cluster $CLUSTER --output table");
            log.add("aws iam get-role --role-name missing-" + i);
            log.add("aws ecs describe-clusters --clusters $CLUSTER");
        }
        return log;
    }

    private final List<String> log = log();

    @Benchmark
    public ShellSession replay500Commands() {
        return ShellSession.replay(42, log);
    }
}
