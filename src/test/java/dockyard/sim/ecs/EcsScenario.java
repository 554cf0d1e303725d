package dockyard.sim.ecs;

import com.fasterxml.jackson.databind.JsonNode;
import dockyard.sim.SimFixture;
import dockyard.sim.ec2.Ec2;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** Builds ECS situations through the API, the way a learner's script would. */
class EcsScenario extends SimFixture {
    EcsScenario() {
        super(42);
    }

    EcsScenario(long seed) {
        super(seed);
    }

    String ecsAmi() {
        return call("ssm", "GetParameter", "{'Name':'/aws/service/ecs/optimized-ami/amazon-linux-2023/recommended/image_id'}")
                .get("Parameter").get("Value").asText();
    }

    static String userData(String cluster) {
        return Base64.getEncoder().encodeToString(("#!/bin/bash\necho ECS_CLUSTER=" + cluster + " >> /etc/ecs/ecs.config\n")
                .getBytes(StandardCharsets.UTF_8));
    }

    /** Launches {@code n} ECS-optimized instances in {@code cluster} with ecsInstanceRole; returns instance ids. */
    List<String> launch(int n, String type, String cluster, String az) {
        if (!world.service(dockyard.sim.iam.Iam.class).instanceProfileArn("ecsInstanceRole").isPresent()) ecsInstanceProfile("ecsInstanceRole");
        String placement = az == null ? "" : ",'Placement':{'AvailabilityZone':'" + az + "'}";
        var out = call("ec2", "RunInstances", "{'MinCount':" + n + ",'MaxCount':" + n + ",'ImageId':'" + ecsAmi() + "','InstanceType':'"
                + type + "','IamInstanceProfile':{'Name':'ecsInstanceRole'},'UserData':'" + userData(cluster) + "'" + placement + "}");
        List<String> ids = new ArrayList<>();
        out.get("Instances").forEach(i -> ids.add(i.get("InstanceId").asText()));
        return ids;
    }

    /** A cluster with {@code n} registered instances of {@code type} (boot + agent registration: at most 100 s). */
    List<String> clusterWith(String cluster, int n, String type) {
        call("ecs", "CreateCluster", "{'clusterName':'" + cluster + "'}");
        List<String> ids = launch(n, type, cluster, null);
        advanceSeconds(100);
        return ids;
    }

    List<String> containerInstances(String cluster) {
        List<String> arns = new ArrayList<>();
        call("ecs", "ListContainerInstances", "{'cluster':'" + cluster + "'}").get("containerInstanceArns").forEach(a -> arns.add(a.asText()));
        return arns;
    }

    JsonNode describeInstance(String cluster, String arn) {
        return call("ecs", "DescribeContainerInstances", "{'cluster':'" + cluster + "','containerInstances':['" + arn + "']}")
                .get("containerInstances").get(0);
    }

    static int resource(JsonNode ci, String list, String name) {
        for (JsonNode r : ci.get(list)) if (r.get("name").asText().equals(name)) return r.get("integerValue").asInt();
        throw new AssertionError(name);
    }

    /** Registers a bridge-mode EC2 task definition with one nginx container of the given reservation. */
    String webTd(String family, int cpu, int memoryReservation, String portMappings) {
        return call("ecs", "RegisterTaskDefinition", "{'family':'" + family + "','containerDefinitions':[{'name':'web','image':'nginx:1.27',"
                + "'cpu':" + cpu + ",'memoryReservation':" + memoryReservation + ",'portMappings':[" + portMappings + "]}]}")
                .get("taskDefinition").get("taskDefinitionArn").asText();
    }

    String fargateTd(String family) {
        return call("ecs", "RegisterTaskDefinition", "{'family':'" + family + "','requiresCompatibilities':['FARGATE'],"
                + "'networkMode':'awsvpc','cpu':'256','memory':'512','containerDefinitions':[{'name':'web','image':'nginx',"
                + "'portMappings':[{'containerPort':80}]}]}").get("taskDefinition").get("taskDefinitionArn").asText();
    }

    List<String> subnets() {
        return world.service(Ec2.class).defaultSubnets("ap-northeast-2");
    }

    JsonNode task(String cluster, String arn) {
        return call("ecs", "DescribeTasks", "{'cluster':'" + cluster + "','tasks':['" + arn + "']}").get("tasks").get(0);
    }
}
