package dockyard.shell.aws;

import dockyard.shell.CommandResult;
import dockyard.shell.ContainerCommands;
import dockyard.shell.Shell;
import dockyard.sim.Caller;
import dockyard.sim.World;
import dockyard.sim.docker.ExecEnv;
import dockyard.sim.docker.ExecResult;
import dockyard.sim.docker.Filesystem;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AwsCliTest {
    private final World world = new World(5);
    private final Shell shell = new Shell(world);

    @Test
    void aTypoInAServiceNameSuggestsTheCloseOnes() {
        CommandResult r = shell.run("aws ecz describe-repositories");
        assertThat(r.exit()).isEqualTo(252);
        assertThat(r.stderr()).startsWith("\naws: error: argument command: Found invalid choice 'ecz'\n\nMaybe you meant:\n\n  * ecs\n  * ecr\n  * ec2\n\n");
    }

    @Test
    void aServiceErrorExits254WithTheCodeAndOperation() {
        CommandResult r = shell.run("aws ecr describe-repositories --repository-names nope");
        assertThat(r.exit()).isEqualTo(254);
        assertThat(r.stderr()).startsWith("\nAn error occurred (RepositoryNotFoundException) when calling the DescribeRepositories operation: ");
    }

    @Test
    void anUnknownRegionHasNoEndpoint() {
        CommandResult r = shell.run("aws ec2 describe-vpcs --region mars-east-1");
        assertThat(r.exit()).isEqualTo(255);
        assertThat(r.stderr()).isEqualTo("\nCould not connect to the endpoint URL: \"https://ec2.mars-east-1.amazonaws.com/\"\n");
    }

    @Test
    void s3CpBetweenBucketsIsAServerSideCopy() {
        shell.run("aws s3 mb s3://photos");
        shell.run("echo meow > cat.txt");
        assertThat(shell.run("aws s3 cp cat.txt s3://photos/incoming/cat.txt").exit()).isZero();
        CommandResult r = shell.run("aws s3 cp s3://photos/incoming/cat.txt s3://photos/archive/");
        assertThat(r.exit()).isZero();
        assertThat(r.stdout()).isEqualTo("copy: s3://photos/incoming/cat.txt to s3://photos/archive/cat.txt\n");
        assertThat(shell.run("aws s3api head-object --bucket photos --key archive/cat.txt --query ContentLength").stdout()).isEqualTo("5\n");
        CommandResult missing = shell.run("aws s3 cp s3://photos/nope.txt s3://photos/x.txt");
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.stderr()).startsWith("copy failed: s3://photos/nope.txt to s3://photos/x.txt ");
    }

    @Test
    void queryAndTextOutputWorkTogether() {
        CommandResult r = shell.run("aws ec2 describe-subnets --query 'length(Subnets)' --output text");
        assertThat(r.stdout()).isEqualTo("3\n");
        assertThat(shell.run("aws ec2 describe-subnets --query \"Subnets[?AvailabilityZone=='ap-northeast-2a'] | length(@)\"").stdout()).isEqualTo("1\n");
        assertThat(shell.run("aws ec2 describe-subnets --query 'Subnets[' ").exit()).isEqualTo(252);
    }

    @Test
    void everySupportedOperationHasHelp() {
        for (Catalogue.Service s : Catalogue.shared().services().values()) {
            if (!world.services().containsKey(s.engineName())) continue;
            for (Catalogue.Operation op : s.operations().values()) {
                CommandResult r = shell.run("aws " + s.cliName() + " " + op.cliName() + " help");
                assertThat(r.exit()).as(op.cliName()).isZero();
                assertThat(r.stdout()).contains("SYNOPSIS").contains(op.cliName());
            }
        }
    }

    @Test
    void callerIdentityIsTheLearnerAtTheTerminal() {
        assertThat(shell.run("aws sts get-caller-identity --query Arn --output text").stdout()).isEqualTo("arn:aws:iam::123456789012:user/learner\n");
    }

    @Test
    void insideAContainerAwsRunsAsItsCredentialsOrHasNone() {
        ContainerCommands inside = new ContainerCommands(world);
        ExecEnv none = new ExecEnv(Filesystem.empty(), "/", Map.of(), null, "ap-northeast-2", "");
        ExecResult r = inside.run("aws sts get-caller-identity", none);
        assertThat(r.exitCode()).isEqualTo(253);
        assertThat(r.stderr()).isEqualTo("\nUnable to locate credentials. You can configure credentials by running \"aws configure\".\n");
        ExecEnv role = new ExecEnv(Filesystem.empty(), "/", Map.of(), Caller.role("arn:aws:iam::123456789012:role/app", "ap-northeast-2"), "ap-northeast-2", "");
        assertThat(inside.run("aws sts get-caller-identity --query Arn --output text", role).stdout())
                .isEqualTo("arn:aws:sts::123456789012:assumed-role/app/session\n");
        assertThat(inside.run("curl http://example.com", role).exitCode()).isEqualTo(127);
    }

    @Test
    void aRoleWithoutPermissionIsDeniedInsideAContainer() {
        shell.run("aws iam create-role --role-name app --assume-role-policy-document '{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"ecs-tasks.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}'");
        ExecEnv role = new ExecEnv(Filesystem.empty(), "/", Map.of(), Caller.role("arn:aws:iam::123456789012:role/app", "ap-northeast-2"), "ap-northeast-2", "");
        ExecResult r = new ContainerCommands(world).run("aws ecr describe-repositories", role);
        assertThat(r.exitCode()).isEqualTo(254);
        assertThat(r.stderr()).contains("AccessDenied").contains("is not authorized to perform: ecr:DescribeRepositories");
    }
}
