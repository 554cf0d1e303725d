package dockyard.sim.ecs;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TaskDefinitionTest {
    private final EcsScenario sim = new EcsScenario();

    private void rejected(String td, String message) {
        sim.fails("ecs", "RegisterTaskDefinition", td, "ClientException", message);
    }

    @Test
    void aFargateTaskDefinitionWithBridgeNetworkingIsRejected() {
        rejected("{'family':'web','requiresCompatibilities':['FARGATE'],'networkMode':'bridge','cpu':'256','memory':'512',"
                + "'containerDefinitions':[{'name':'web','image':'nginx'}]}", "Fargate only supports network mode 'awsvpc'.");
        rejected("{'family':'web','requiresCompatibilities':['FARGATE'],'cpu':'256','memory':'512',"
                + "'containerDefinitions':[{'name':'web','image':'nginx'}]}", "Fargate only supports network mode 'awsvpc'.");
        assertThat(sim.call("ecs", "ListTaskDefinitionFamilies", "{}").get("families")).isEmpty();
    }

    @Test
    void fargateNeedsTaskLevelCpuAndMemoryFromTheTable() {
        String c = "'containerDefinitions':[{'name':'web','image':'nginx'}]}";
        rejected("{'family':'web','requiresCompatibilities':['FARGATE'],'networkMode':'awsvpc','memory':'512'," + c,
                "Fargate requires that 'cpu' be defined at the task level.");
        rejected("{'family':'web','requiresCompatibilities':['FARGATE'],'networkMode':'awsvpc','cpu':'256','memory':'4096'," + c,
                "No Fargate configuration exists for given values.");
        rejected("{'family':'web','requiresCompatibilities':['FARGATE'],'networkMode':'awsvpc','cpu':'1024','memory':'1024'," + c,
                "No Fargate configuration exists for given values.");
        var td = sim.call("ecs", "RegisterTaskDefinition", "{'family':'web','requiresCompatibilities':['FARGATE'],'networkMode':'awsvpc',"
                + "'cpu':'1 vCPU','memory':'2GB'," + c).get("taskDefinition");
        assertThat(td.get("cpu").asText()).isEqualTo("1024");
        assertThat(td.get("memory").asText()).isEqualTo("2048");
        assertThat(td.get("compatibilities").toString()).isEqualTo("[\"EC2\",\"FARGATE\"]");
        assertThat(td.get("requiresAttributes").toString()).contains("ecs.capability.task-eni");
    }

    @Test
    void anEc2ContainerWithoutAnyMemoryIsRejected() {
        rejected("{'family':'web','containerDefinitions':[{'name':'web','image':'nginx'}]}",
                "Invalid setting for container 'web'. At least one of 'memory' or 'memoryReservation' must be specified.");
        rejected("{'family':'web','memory':'256','containerDefinitions':[{'name':'web','image':'nginx','memory':512}]}",
                "The 'memory' setting for container is greater than for the task.");
        var td = sim.call("ecs", "RegisterTaskDefinition", "{'family':'web','memory':'256','containerDefinitions':[{'name':'web','image':'nginx'}]}");
        assertThat(td.get("taskDefinition").get("networkMode").asText()).isEqualTo("bridge");
        assertThat(td.get("taskDefinition").get("containerDefinitions").get(0).get("essential").asBoolean()).isTrue();
    }

    @Test
    void aContainerNeedsANameAndAnImage() {
        rejected("{'family':'web','memory':'256','containerDefinitions':[{'image':'nginx'}]}", "Container.name should not be null or empty.");
        rejected("{'family':'web','memory':'256','containerDefinitions':[{'name':'web'}]}", "Container.image should not be null or empty.");
        rejected("{'family':'web','memory':'256','containerDefinitions':[]}", "Container list cannot be empty.");
    }

    @Test
    void everyTaskNeedsAnEssentialContainer() {
        rejected("{'family':'web','memory':'256','containerDefinitions':[{'name':'a','image':'nginx','essential':false},"
                + "{'name':'b','image':'busybox','essential':false}]}", "at least one essential container");
    }

    @Test
    void revisionsCountUpAndADeregisteredRevisionIsInactive() {
        sim.webTd("web", 0, 128, "");
        String second = sim.webTd("web", 0, 256, "");
        assertThat(second).endsWith("task-definition/web:2");
        var out = sim.call("ecs", "DeregisterTaskDefinition", "{'taskDefinition':'web:2'}").get("taskDefinition");
        assertThat(out.get("status").asText()).isEqualTo("INACTIVE");
        assertThat(sim.call("ecs", "DescribeTaskDefinition", "{'taskDefinition':'web'}").get("taskDefinition").get("revision").asInt()).isEqualTo(1);
        assertThat(sim.call("ecs", "ListTaskDefinitions", "{'status':'INACTIVE'}").get("taskDefinitionArns").get(0).asText()).endsWith("web:2");
        assertThat(sim.webTd("web", 0, 256, "")).endsWith("web:3");
        sim.fails("ecs", "DeregisterTaskDefinition", "{'taskDefinition':'web'}", "ClientException", "Invalid revision number");
        sim.fails("ecs", "DescribeTaskDefinition", "{'taskDefinition':'nope'}", "ClientException", "Unable to describe task definition.");
    }

    @Test
    void awsvpcHostPortsMustMatchContainerPortsAndBridgeMayBeDynamic() {
        rejected("{'family':'web','networkMode':'awsvpc','memory':'256','containerDefinitions':[{'name':'web','image':'nginx',"
                + "'portMappings':[{'containerPort':80,'hostPort':8080}]}]}",
                "When networkMode=awsvpc, the host ports and container ports in port mappings must match.");
        var td = sim.call("ecs", "RegisterTaskDefinition", "{'family':'web','networkMode':'awsvpc','memory':'256','containerDefinitions':"
                + "[{'name':'web','image':'nginx','portMappings':[{'containerPort':80}]}]}").get("taskDefinition");
        assertThat(td.get("containerDefinitions").get(0).get("portMappings").get(0).toString())
                .isEqualTo("{\"containerPort\":80,\"hostPort\":80,\"protocol\":\"tcp\"}");
        var bridge = sim.call("ecs", "RegisterTaskDefinition", "{'family':'b','memory':'256','containerDefinitions':"
                + "[{'name':'web','image':'nginx','portMappings':[{'containerPort':80}]}]}").get("taskDefinition");
        assertThat(bridge.get("containerDefinitions").get(0).get("portMappings").get(0).get("hostPort").asInt()).isZero();
        rejected("{'family':'web','networkMode':'none','memory':'256','containerDefinitions':[{'name':'web','image':'nginx',"
                + "'portMappings':[{'containerPort':80}]}]}", "Port mappings are not valid when networkMode is 'none'.");
    }

    @Test
    void anEfsAccessPointNeedsTransitEncryptionAndTheRootDirectory() {
        String v = "'volumes':[{'name':'data','efsVolumeConfiguration':{'fileSystemId':'fs-12345678',%s}}],"
                + "'containerDefinitions':[{'name':'web','image':'nginx','mountPoints':[{'sourceVolume':'data','containerPath':'/data'}]}]}";
        String head = "{'family':'web','requiresCompatibilities':['FARGATE'],'networkMode':'awsvpc','cpu':'256','memory':'512',";
        rejected(head + v.formatted("'authorizationConfig':{'accessPointId':'fsap-1'}"), "Transit encryption must be ENABLED");
        rejected(head + v.formatted("'rootDirectory':'/x','transitEncryption':'ENABLED','authorizationConfig':{'accessPointId':'fsap-1'}"),
                "must be omitted or set to '/'");
        var td = sim.call("ecs", "RegisterTaskDefinition", head + v.formatted("'transitEncryption':'ENABLED','authorizationConfig':{'accessPointId':'fsap-1','iam':'ENABLED'}"));
        assertThat(td.get("taskDefinition").get("volumes").get(0).get("efsVolumeConfiguration").get("fileSystemId").asText()).isEqualTo("fs-12345678");
        rejected("{'family':'web','memory':'256','containerDefinitions':[{'name':'web','image':'nginx','mountPoints':"
                + "[{'sourceVolume':'nope','containerPath':'/data'}]}]}", "Unknown volume 'nope'.");
    }

    @Test
    void fargateNeedsAnExecutionRoleForEcrImagesAndAwslogs() {
        String head = "{'family':'web','requiresCompatibilities':['FARGATE'],'networkMode':'awsvpc','cpu':'256','memory':'512',";
        rejected(head + "'containerDefinitions':[{'name':'web','image':'123456789012.dkr.ecr.ap-northeast-2.amazonaws.com/web:1'}]}",
                "Fargate requires task definition to have execution role ARN to support ECR images.");
        rejected(head + "'containerDefinitions':[{'name':'web','image':'nginx','logConfiguration':{'logDriver':'awslogs',"
                + "'options':{'awslogs-group':'/ecs/web','awslogs-region':'ap-northeast-2','awslogs-stream-prefix':'web'}}}]}",
                "Fargate requires task definition to have execution role ARN to support log driver awslogs.");
        var td = sim.call("ecs", "RegisterTaskDefinition", head + "'executionRoleArn':'ecsTaskExecutionRole','containerDefinitions':"
                + "[{'name':'web','image':'123456789012.dkr.ecr.ap-northeast-2.amazonaws.com/web:1'}]}").get("taskDefinition");
        assertThat(td.get("executionRoleArn").asText()).isEqualTo("arn:aws:iam::123456789012:role/ecsTaskExecutionRole");
    }

    @Test
    void ephemeralStorageMustBeBetween21And200GiB() {
        String head = "{'family':'web','requiresCompatibilities':['FARGATE'],'networkMode':'awsvpc','cpu':'256','memory':'512',"
                + "'containerDefinitions':[{'name':'web','image':'nginx'}],";
        rejected(head + "'ephemeralStorage':{'sizeInGiB':20}}", "between 21 and 200");
        rejected(head + "'ephemeralStorage':{'sizeInGiB':201}}", "between 21 and 200");
        assertThat(sim.call("ecs", "RegisterTaskDefinition", head + "'ephemeralStorage':{'sizeInGiB':21}}").get("taskDefinition")
                .get("ephemeralStorage").get("sizeInGiB").asInt()).isEqualTo(21);
    }

    @Test
    void withoutAnExecutionRoleAnEcrImageMakesATaskDefinitionEc2Only() {
        var td = sim.call("ecs", "RegisterTaskDefinition", "{'family':'web','networkMode':'awsvpc','cpu':'256','memory':'512',"
                + "'containerDefinitions':[{'name':'web','image':'123456789012.dkr.ecr.ap-northeast-2.amazonaws.com/web:1'}]}").get("taskDefinition");
        assertThat(td.get("compatibilities").toString()).isEqualTo("[\"EC2\"]");
        sim.call("ecs", "CreateCluster", "{'clusterName':'f'}");
        sim.fails("ecs", "RunTask", "{'cluster':'f','taskDefinition':'web','launchType':'FARGATE','networkConfiguration':"
                + "{'awsvpcConfiguration':{'subnets':['" + sim.subnets().get(0) + "']}}}", "InvalidParameterException",
                "Task definition does not support launch_type FARGATE.");
    }
}
