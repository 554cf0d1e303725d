package dockyard.sim.ecs;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ContainerInstanceTest {
    private final EcsScenario sim = new EcsScenario();

    @Test
    void anInstanceJoinsTheClusterNamedInItsUserDataWithItsRegisteredResources() {
        List<String> ids = sim.clusterWith("demo", 1, "t3.micro");
        List<String> arns = sim.containerInstances("demo");
        assertThat(arns).hasSize(1);
        assertThat(arns.get(0)).matches("arn:aws:ecs:ap-northeast-2:123456789012:container-instance/demo/[0-9a-f]{32}");
        var ci = sim.describeInstance("demo", arns.get(0));
        assertThat(ci.get("ec2InstanceId").asText()).isEqualTo(ids.get(0));
        assertThat(EcsScenario.resource(ci, "registeredResources", "CPU")).isEqualTo(2048);
        assertThat(EcsScenario.resource(ci, "registeredResources", "MEMORY")).isEqualTo(983);
        assertThat(ci.get("registeredResources").get(2).get("stringSetValue").toString()).isEqualTo("[\"22\",\"2375\",\"2376\",\"51678\",\"51679\"]");
        assertThat(ci.get("agentConnected").asBoolean()).isTrue();
        assertThat(ci.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(ci.get("attributes").toString()).contains("{\"name\":\"ecs.instance-type\",\"value\":\"t3.micro\"}");
        var cluster = sim.call("ecs", "DescribeClusters", "{'clusters':['demo']}").get("clusters").get(0);
        assertThat(cluster.get("registeredContainerInstancesCount").asInt()).isEqualTo(1);
    }

    @Test
    void theAgentRegistersTwentyToFortySecondsAfterTheInstanceRuns() {
        sim.call("ecs", "CreateCluster", "{'clusterName':'demo'}");
        sim.launch(1, "m5.large", "demo", null);
        sim.advanceSeconds(49);
        assertThat(sim.containerInstances("demo")).isEmpty();
        sim.advanceSeconds(51);
        var ci = sim.describeInstance("demo", sim.containerInstances("demo").get(0));
        assertThat(EcsScenario.resource(ci, "registeredResources", "MEMORY")).isBetween(7782, 8090);
    }

    @Test
    void anInstanceWithoutAnInstanceProfileNeverJoinsTheCluster() {
        sim.call("ecs", "CreateCluster", "{'clusterName':'demo'}");
        sim.call("ec2", "RunInstances", "{'MinCount':1,'MaxCount':1,'ImageId':'" + sim.ecsAmi() + "','InstanceType':'t3.micro','UserData':'"
                + EcsScenario.userData("demo") + "'}");
        sim.advanceSeconds(3600);
        assertThat(sim.containerInstances("demo")).isEmpty();
        assertThat(sim.world.timeline().entries()).anyMatch(e -> e.kind().equals("AgentRegistrationFailed")
                && e.message().contains("no instance profile credentials"));
    }

    @Test
    void aRoleWithoutRegisterPermissionKeepsTheInstanceOutUntilThePolicyIsAttached() {
        sim.call("ecs", "CreateCluster", "{'clusterName':'demo'}");
        sim.call("iam", "CreateRole", EcsScenario.EC2_TRUST.formatted("bare"));
        sim.call("iam", "CreateInstanceProfile", "{'InstanceProfileName':'bare'}");
        sim.call("iam", "AddRoleToInstanceProfile", "{'InstanceProfileName':'bare','RoleName':'bare'}");
        sim.call("ec2", "RunInstances", "{'MinCount':1,'MaxCount':1,'ImageId':'" + sim.ecsAmi() + "','InstanceType':'t3.micro',"
                + "'IamInstanceProfile':{'Name':'bare'},'UserData':'" + EcsScenario.userData("demo") + "'}");
        sim.advanceSeconds(600);
        assertThat(sim.containerInstances("demo")).isEmpty();
        assertThat(sim.world.timeline().entries()).anyMatch(e -> e.message().contains("is not authorized to perform: ecs:RegisterContainerInstance"));
        sim.call("iam", "AttachRolePolicy", "{'RoleName':'bare','PolicyArn':'arn:aws:iam::aws:policy/service-role/AmazonEC2ContainerServiceforEC2Role'}");
        sim.advanceSeconds(300);
        assertThat(sim.containerInstances("demo")).hasSize(1);
    }

    @Test
    void aPlainAmazonLinuxInstanceRunsNoAgent() {
        sim.ecsInstanceProfile("ecsInstanceRole");
        sim.call("ecs", "CreateCluster", "{'clusterName':'demo'}");
        sim.call("ec2", "RunInstances", "{'MinCount':1,'MaxCount':1,'InstanceType':'t3.micro','IamInstanceProfile':{'Name':'ecsInstanceRole'},"
                + "'ImageId':'resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64','UserData':'"
                + EcsScenario.userData("demo") + "'}");
        sim.advanceSeconds(600);
        assertThat(sim.containerInstances("demo")).isEmpty();
    }

    @Test
    void withoutEcsClusterInUserDataTheAgentCreatesAndJoinsTheDefaultCluster() {
        sim.ecsInstanceProfile("ecsInstanceRole");
        sim.call("ec2", "RunInstances", "{'MinCount':1,'MaxCount':1,'ImageId':'" + sim.ecsAmi() + "','InstanceType':'t3.small',"
                + "'IamInstanceProfile':{'Arn':'arn:aws:iam::123456789012:instance-profile/ecsInstanceRole'}}");
        assertThat(sim.call("ecs", "DescribeClusters", "{}").get("failures").get(0).get("reason").asText()).isEqualTo("MISSING");
        sim.advanceSeconds(100);
        assertThat(sim.call("ecs", "ListClusters", "{}").get("clusterArns").get(0).asText())
                .isEqualTo("arn:aws:ecs:ap-northeast-2:123456789012:cluster/default");
        assertThat(sim.containerInstances("default")).hasSize(1);
    }

    @Test
    void listContainerInstancesFiltersWithTheClusterQueryLanguage() {
        sim.call("ecs", "CreateCluster", "{'clusterName':'demo'}");
        sim.launch(2, "t3.micro", "demo", "ap-northeast-2a");
        sim.launch(1, "m5.large", "demo", "ap-northeast-2c");
        sim.advanceSeconds(100);
        assertThat(sim.call("ecs", "ListContainerInstances", "{'cluster':'demo','filter':'attribute:ecs.instance-type == m5.large'}")
                .get("containerInstanceArns")).hasSize(1);
        assertThat(sim.call("ecs", "ListContainerInstances", "{'cluster':'demo','filter':"
                + "'attribute:ecs.availability-zone in [ap-northeast-2a, ap-northeast-2b] and attribute:ecs.instance-type =~ t3.*'}")
                .get("containerInstanceArns")).hasSize(2);
        assertThat(sim.call("ecs", "ListContainerInstances", "{'cluster':'demo','filter':'not(attribute:ecs.instance-type == t3.micro) || runningTasksCount > 0'}")
                .get("containerInstanceArns")).hasSize(1);
        sim.fails("ecs", "ListContainerInstances", "{'cluster':'demo','filter':'colour == red'}", "InvalidParameterException", "unknown subject 'colour'");
    }

    @Test
    void deregisteringAnInstanceWithTasksNeedsForce() {
        sim.clusterWith("demo", 1, "t3.small");
        sim.webTd("web", 256, 128, "");
        sim.call("ecs", "RunTask", "{'cluster':'demo','taskDefinition':'web'}");
        String ci = sim.containerInstances("demo").get(0);
        sim.fails("ecs", "DeregisterContainerInstance", "{'cluster':'demo','containerInstance':'" + ci + "'}",
                "InvalidParameterException", "Found running tasks on the instance.");
        var out = sim.call("ecs", "DeregisterContainerInstance", "{'cluster':'demo','containerInstance':'" + ci + "','force':true}");
        assertThat(out.get("containerInstance").get("status").asText()).isEqualTo("INACTIVE");
        assertThat(sim.containerInstances("demo")).isEmpty();
    }

    @Test
    void terminatingTheInstanceStopsItsTasksAndDeregistersIt() {
        List<String> ids = sim.clusterWith("demo", 1, "t3.small");
        sim.webTd("web", 256, 128, "");
        String task = sim.call("ecs", "RunTask", "{'cluster':'demo','taskDefinition':'web'}").get("tasks").get(0).get("taskArn").asText();
        sim.advanceSeconds(30);
        sim.call("ec2", "TerminateInstances", "{'InstanceIds':['" + ids.get(0) + "']}");
        var t = sim.task("demo", task);
        assertThat(t.get("lastStatus").asText()).isEqualTo("STOPPED");
        assertThat(t.get("stoppedReason").asText()).isEqualTo("Host EC2 (instance " + ids.get(0) + ") terminated.");
        sim.advanceSeconds(60);
        assertThat(sim.containerInstances("demo")).isEmpty();
        assertThat(sim.call("ecs", "DeleteCluster", "{'cluster':'demo'}").get("cluster").get("status").asText()).isEqualTo("INACTIVE");
    }

    @Test
    void aClusterWithInstancesCannotBeDeleted() {
        sim.clusterWith("demo", 1, "t3.micro");
        sim.fails("ecs", "DeleteCluster", "{'cluster':'demo'}", "ClusterContainsContainerInstancesException",
                "The Cluster cannot be deleted while Container Instances are active or draining.");
        sim.fails("ecs", "ListContainerInstances", "{'cluster':'nope'}", "ClusterNotFoundException", "Cluster not found.");
    }
}
