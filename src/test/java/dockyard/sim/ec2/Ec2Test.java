package dockyard.sim.ec2;

import com.fasterxml.jackson.databind.JsonNode;
import dockyard.sim.SimFixture;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class Ec2Test {
    private final SimFixture sim = new SimFixture();

    private String ecsAmi() {
        return sim.call("ssm", "GetParameter", "{'Name':'/aws/service/ecs/optimized-ami/amazon-linux-2023/recommended/image_id'}")
                .get("Parameter").get("Value").asText();
    }

    private JsonNode instance(String id) {
        return sim.call("ec2", "DescribeInstances", "{'InstanceIds':['" + id + "']}").get("Reservations").get(0).get("Instances").get(0);
    }

    @Test
    void theDefaultVpcHasADefaultSubnetInEachOfThreeAzsWithIdsStablePerSeed() {
        var subnets = sim.call("ec2", "DescribeSubnets", "{'Filters':[{'Name':'default-for-az','Values':['true']}]}").get("Subnets");
        assertThat(subnets).hasSize(3);
        List<String> azs = new ArrayList<>();
        subnets.forEach(s -> azs.add(s.get("AvailabilityZone").asText()));
        assertThat(azs).containsExactly("ap-northeast-2a", "ap-northeast-2b", "ap-northeast-2c");
        assertThat(subnets.get(1).get("CidrBlock").asText()).isEqualTo("172.31.16.0/20");
        var vpc = sim.call("ec2", "DescribeVpcs", "{}").get("Vpcs").get(0);
        assertThat(vpc.get("IsDefault").asBoolean()).isTrue();
        assertThat(subnets.get(0).get("VpcId").asText()).isEqualTo(vpc.get("VpcId").asText());
        var other = new SimFixture(42);
        other.call("ec2", "RunInstances", "{'MinCount':1,'MaxCount':1,'ImageId':'" + ecsAmi() + "','InstanceType':'t3.micro'}");
        assertThat(other.call("ec2", "DescribeVpcs", "{}").get("Vpcs").get(0).get("VpcId")).isEqualTo(vpc.get("VpcId"));
        assertThat(new SimFixture(7).call("ec2", "DescribeVpcs", "{}").get("Vpcs").get(0).get("VpcId")).isNotEqualTo(vpc.get("VpcId"));
        var sg = sim.call("ec2", "DescribeSecurityGroups", "{'Filters':[{'Name':'group-name','Values':['default']}]}").get("SecurityGroups");
        assertThat(sg.get(0).get("VpcId")).isEqualTo(vpc.get("VpcId"));
        assertThat(sim.call("ec2", "DescribeAvailabilityZones", "{}").get("AvailabilityZones").get(2).get("ZoneName").asText())
                .isEqualTo("ap-northeast-2c");
    }

    @Test
    void anInstanceIsPendingThenRunningWithinAMinute() {
        var run = sim.call("ec2", "RunInstances", "{'MinCount':1,'MaxCount':1,'ImageId':'" + ecsAmi() + "','InstanceType':'t3.micro',"
                + "'Placement':{'AvailabilityZone':'ap-northeast-2b'}}");
        String id = run.get("Instances").get(0).get("InstanceId").asText();
        assertThat(id).matches("i-0[0-9a-f]{16}");
        assertThat(run.get("Instances").get(0).get("State").toString()).isEqualTo("{\"Code\":0,\"Name\":\"pending\"}");
        sim.advanceSeconds(29);
        assertThat(instance(id).get("State").get("Name").asText()).isEqualTo("pending");
        sim.advanceSeconds(31);
        JsonNode i = instance(id);
        assertThat(i.get("State").get("Code").asInt()).isEqualTo(16);
        assertThat(i.get("Placement").get("AvailabilityZone").asText()).isEqualTo("ap-northeast-2b");
        assertThat(i.get("PrivateIpAddress").asText()).startsWith("172.31.");
        assertThat(i.get("PublicIpAddress").asText()).startsWith("3.");
    }

    @Test
    void countLaunchesThatManyInstancesInOneReservation() {
        var run = sim.call("ec2", "RunInstances", "{'MinCount':3,'MaxCount':3,'ImageId':'" + ecsAmi() + "','InstanceType':'m5.large'}");
        assertThat(run.get("Instances")).hasSize(3);
        assertThat(sim.call("ec2", "DescribeInstances", "{}").get("Reservations")).hasSize(1);
    }

    @Test
    void resolveSsmInTheImageIdLaunchesTheParametersAmi() {
        var run = sim.call("ec2", "RunInstances", "{'MinCount':1,'MaxCount':1,'InstanceType':'t3.small',"
                + "'ImageId':'resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64'}");
        String plain = sim.call("ssm", "GetParameter", "{'Name':'/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64'}")
                .get("Parameter").get("Value").asText();
        assertThat(run.get("Instances").get(0).get("ImageId").asText()).isEqualTo(plain).isNotEqualTo(ecsAmi());
        String id = run.get("Instances").get(0).get("InstanceId").asText();
        assertThat(sim.world.service(Ec2.class).instance(id).orElseThrow().ecsOptimized()).isFalse();
    }

    @Test
    void unknownImagesTypesProfilesAndSubnetsAreRejectedWithEc2Errors() {
        String ami = ecsAmi();
        sim.fails("ec2", "RunInstances", "{'MinCount':1,'MaxCount':1,'ImageId':'ami-0123456789abcdef0','InstanceType':'t3.micro'}",
                "InvalidAMIID.NotFound", "The image id '[ami-0123456789abcdef0]' does not exist");
        sim.fails("ec2", "RunInstances", "{'MinCount':1,'MaxCount':1,'ImageId':'" + ami + "','InstanceType':'t3.huge'}",
                "InvalidParameterValue", "Invalid value 't3.huge' for InstanceType.");
        sim.fails("ec2", "RunInstances", "{'MinCount':1,'MaxCount':1,'ImageId':'" + ami + "','InstanceType':'t3.micro','IamInstanceProfile':{'Name':'nope'}}",
                "InvalidParameterValue", "Value (nope) for parameter iamInstanceProfile.name is invalid. Invalid IAM Instance Profile name");
        sim.fails("ec2", "RunInstances", "{'MinCount':1,'MaxCount':1,'ImageId':'" + ami + "','InstanceType':'t3.micro','SubnetId':'subnet-0aaaaaaaaaaaaaaaa'}",
                "InvalidSubnetID.NotFound", "The subnet ID 'subnet-0aaaaaaaaaaaaaaaa' does not exist");
        String subnetA = sim.world.service(Ec2.class).defaultSubnets("ap-northeast-2").get(0);
        sim.fails("ec2", "RunInstances", "{'MinCount':1,'MaxCount':1,'ImageId':'" + ami + "','InstanceType':'t3.micro','SubnetId':'"
                + subnetA + "','Placement':{'AvailabilityZone':'ap-northeast-2c'}}", "InvalidParameterValue", "is in the availability zone ap-northeast-2a");
        assertThat(sim.call("ec2", "DescribeInstances", "{}").get("Reservations")).isEmpty();
    }

    @Test
    void describeInstancesFiltersByStateTypeAndTag() {
        String ami = ecsAmi();
        sim.call("ec2", "RunInstances", "{'MinCount':2,'MaxCount':2,'ImageId':'" + ami + "','InstanceType':'t3.micro',"
                + "'TagSpecifications':[{'ResourceType':'instance','Tags':[{'Key':'Name','Value':'ecs-node'}]}]}");
        sim.call("ec2", "RunInstances", "{'MinCount':1,'MaxCount':1,'ImageId':'" + ami + "','InstanceType':'c5.large'}");
        var byTag = sim.call("ec2", "DescribeInstances", "{'Filters':[{'Name':'tag:Name','Values':['ecs-*']}]}");
        assertThat(byTag.get("Reservations").get(0).get("Instances")).hasSize(2);
        var byType = sim.call("ec2", "DescribeInstances", "{'Filters':[{'Name':'instance-type','Values':['c5.large']},"
                + "{'Name':'instance-state-name','Values':['pending']}]}");
        assertThat(byType.get("Reservations")).hasSize(1);
        sim.fails("ec2", "DescribeInstances", "{'Filters':[{'Name':'colour','Values':['x']}]}", "InvalidParameterValue", "The filter 'colour' is invalid");
    }

    @Test
    void aTerminatedInstanceShutsDownThenStaysVisibleForAnHour() {
        String id = sim.call("ec2", "RunInstances", "{'MinCount':1,'MaxCount':1,'ImageId':'" + ecsAmi() + "','InstanceType':'t3.micro'}")
                .get("Instances").get(0).get("InstanceId").asText();
        sim.advanceSeconds(60);
        var t = sim.call("ec2", "TerminateInstances", "{'InstanceIds':['" + id + "']}").get("TerminatingInstances").get(0);
        assertThat(t.get("PreviousState").get("Name").asText()).isEqualTo("running");
        assertThat(t.get("CurrentState").get("Code").asInt()).isEqualTo(32);
        sim.advanceSeconds(40);
        assertThat(instance(id).get("State").get("Code").asInt()).isEqualTo(48);
        assertThat(instance(id).get("StateTransitionReason").asText()).startsWith("User initiated (2026-03-02 09:01:00 GMT)");
        sim.advanceSeconds(3600);
        sim.fails("ec2", "DescribeInstances", "{'InstanceIds':['" + id + "']}", "InvalidInstanceID.NotFound",
                "The instance ID '" + id + "' does not exist");
    }

    @Test
    void aStoppedInstanceCanBeStartedAgain() {
        String id = sim.call("ec2", "RunInstances", "{'MinCount':1,'MaxCount':1,'ImageId':'" + ecsAmi() + "','InstanceType':'t3.micro'}")
                .get("Instances").get(0).get("InstanceId").asText();
        sim.advanceSeconds(60);
        sim.call("ec2", "StopInstances", "{'InstanceIds':['" + id + "']}");
        assertThat(instance(id).get("State").get("Code").asInt()).isEqualTo(64);
        sim.advanceSeconds(30);
        assertThat(instance(id).get("State").get("Code").asInt()).isEqualTo(80);
        assertThat(instance(id).has("PublicIpAddress")).isFalse();
        sim.call("ec2", "StartInstances", "{'InstanceIds':['" + id + "']}");
        sim.advanceSeconds(60);
        assertThat(instance(id).get("State").get("Code").asInt()).isEqualTo(16);
    }

    @Test
    void moreThanFiveHundredInstancesIsInstanceLimitExceeded() {
        String ami = ecsAmi();
        sim.call("ec2", "RunInstances", "{'MinCount':500,'MaxCount':500,'ImageId':'" + ami + "','InstanceType':'t3.nano'}");
        sim.fails("ec2", "RunInstances", "{'MinCount':1,'MaxCount':1,'ImageId':'" + ami + "','InstanceType':'t3.nano'}",
                "InstanceLimitExceeded", "than your current instance limit of 500 allows");
    }
}
