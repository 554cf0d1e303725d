package dockyard.shell;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ShellSessionTest {
    private static final List<String> LOG = List.of(
            "aws ecs create-cluster --cluster-name demo --query cluster.clusterArn --output text",
            "aws ec2 run-instances --image-id resolve:ssm:/aws/service/ecs/optimized-ami/amazon-linux-2023/recommended/image_id --instance-type t3.micro --query 'Instances[0].InstanceId'",
            "cat > Dockerfile <<'EOF'\nFROM busybox\nCMD [\"echo\", \"hi\"]\nEOF",
            "docker build -q -t hi .",
            "sim advance 3m",
            "aws ec2 describe-instances --query 'Reservations[].Instances[].[InstanceId,State.Name,PrivateIpAddress]' --output text");

    @Test
    void replayingTheLogOnTheSameSeedRebuildsTheSameSessionByteForByte() {
        ShellSession live = new ShellSession(11);
        for (String c : LOG) live.run(c);
        ShellSession replayed = ShellSession.replay(11, live.log());
        assertThat(replayed.results()).isEqualTo(live.results());
        assertThat(replayed.shell().readFile("Dockerfile")).isEqualTo(live.shell().readFile("Dockerfile"));
        assertThat(replayed.world().kernel().now()).isEqualTo(live.world().kernel().now());
    }

    @Test
    void anotherSeedGivesOtherIdsButTheSameStory() {
        ShellSession a = ShellSession.replay(1, LOG);
        ShellSession b = ShellSession.replay(2, LOG);
        assertThat(a.results().get(1).stdout()).isNotEqualTo(b.results().get(1).stdout());
        assertThat(a.results().stream().map(CommandResult::exit).toList()).isEqualTo(b.results().stream().map(CommandResult::exit).toList());
    }

    @Test
    void undoIsReplayingAllButTheLastCommand() {
        ShellSession s = ShellSession.replay(3, List.of("mkdir app", "touch app/a", "rm -r app"));
        ShellSession undone = ShellSession.replay(3, s.log().subList(0, 2));
        assertThat(undone.run("ls app").stdout()).isEqualTo("a\n");
    }
}
