package dockyard.sim;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LimitsTest {
    private final SimFixture sim = new SimFixture();

    @Test
    void advancingMoreThanSevenDaysAtOnceIsRefusedAndMovesNothing() {
        assertThatThrownBy(() -> sim.world.kernel().advance(Limits.MAX_ADVANCE_MILLIS + 1))
                .isInstanceOf(AwsException.class).hasMessageContaining("at most 7 days");
        assertThat(sim.world.kernel().now()).isZero();
        sim.world.kernel().advance(Limits.MAX_ADVANCE_MILLIS);
        assertThat(sim.world.kernel().now()).isEqualTo(Limits.MAX_ADVANCE_MILLIS);
    }

    @Test
    void theSandboxHoldsAtMostFiveThousandTasks() {
        sim.call("ecs", "CreateCluster", "{'clusterName':'f'}");
        sim.call("ecs", "RegisterTaskDefinition", "{'family':'web','requiresCompatibilities':['FARGATE'],'networkMode':'awsvpc',"
                + "'cpu':'256','memory':'512','containerDefinitions':[{'name':'web','image':'nginx'}]}");
        String subnet = sim.world.service(dockyard.sim.ec2.Ec2.class).defaultSubnets("ap-northeast-2").get(0);
        String run = "{'cluster':'f','taskDefinition':'web','launchType':'FARGATE','count':10,"
                + "'networkConfiguration':{'awsvpcConfiguration':{'subnets':['" + subnet + "']}}}";
        for (int i = 0; i < 500; i++) sim.call("ecs", "RunTask", run);
        sim.fails("ecs", "RunTask", run, Limits.CODE, "at most 5000 tasks");
    }
}
