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
 * Rebuilding a sandbox from its log: a 500-command session (files and heredocs, variables and command
 * substitution, IAM roles, every engine service the shell reaches, {@code --query}, time advances) replayed on a
 * fresh {@code World(seed)}. Target: under 100 ms per replay.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ReplayBenchmark {
    /** The log replayed: 50 rounds of 10 commands. */
    public static List<String> log() {
        List<String> log = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            log.add("ROLE=app-role-" + i);
            log.add("cat > trust-" + i + ".json <<'EOF'\n{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\",\n"
                    + "  \"Principal\": {\"Service\": \"ecs-tasks.amazonaws.com\"}, \"Action\": \"sts:AssumeRole\"}]}\nEOF");
            log.add("aws iam create-role --role-name $ROLE --assume-role-policy-document file://trust-" + i + ".json --query Role.Arn --output text");
            log.add("aws iam attach-role-policy --role-name $ROLE --policy-arn arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess");
            log.add("ARN=$(aws iam get-role --role-name $ROLE --query Role.Arn --output text); echo \"role: $ARN\"");
            log.add("aws iam list-attached-role-policies --role-name $ROLE --output table");
            log.add("aws iam get-role --role-name missing-" + i);
            log.add("mkdir -p app-" + i + " && cd app-" + i + " && echo 'FROM nginx' > Dockerfile && cd ..");
            log.add("aws ecs list-clusters --output text");
            log.add("sim advance 30s");
        }
        return log;
    }

    private final List<String> log = log();

    @Benchmark
    public ShellSession replay500Commands() {
        return ShellSession.replay(42, log);
    }
}
