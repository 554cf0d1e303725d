package dockyard.sim.ecs;

import com.fasterxml.jackson.databind.JsonNode;
import dockyard.sim.logs.Logs;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** awslogs streams, Secrets Manager secrets and EFS volumes set up for a task before its containers start. */
class TaskResourcesTest {
    private final EcsScenario sim = new EcsScenario();

    private String awsvpc(String subnet) {
        return "'networkConfiguration':{'awsvpcConfiguration':{'subnets':['" + subnet + "'],'assignPublicIp':'ENABLED'}}";
    }

    private String fargate(String family, String command, String extra) {
        sim.call("ecs", "RegisterTaskDefinition", "{'family':'" + family + "','requiresCompatibilities':['FARGATE'],'networkMode':'awsvpc',"
                + "'cpu':'256','memory':'512','executionRoleArn':'ecsTaskExecutionRole'" + extra + ",'containerDefinitions':[{'name':'job',"
                + "'image':'busybox','command':['sh','-c','" + command + "'],'logConfiguration':{'logDriver':'awslogs','options':"
                + "{'awslogs-group':'/ecs/" + family + "','awslogs-region':'ap-northeast-2','awslogs-stream-prefix':'ecs'}}"
                + (extra.contains("volumes") ? ",'mountPoints':[{'sourceVolume':'shared','containerPath':'/data'}]" : "") + "}]}");
        return family;
    }

    private String run(String family, String subnet) {
        return sim.call("ecs", "RunTask", "{'cluster':'f','taskDefinition':'" + family + "','launchType':'FARGATE'," + awsvpc(subnet) + "}")
                .get("tasks").get(0).get("taskArn").asText();
    }

    private static String id(String arn) {
        return arn.substring(arn.lastIndexOf('/') + 1);
    }

    @Test
    void awslogsWritesEachLineToTheStreamPrefixContainerTaskId() {
        sim.call("ecs", "CreateCluster", "{'clusterName':'f'}");
        sim.taskRole("ecsTaskExecutionRole", "arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy");
        sim.call("logs", "CreateLogGroup", "{'logGroupName':'/ecs/hello'}");
        String arn = run(fargate("hello", "echo hello from fargate", ""), sim.subnets().get(0));
        sim.advanceSeconds(120);
        assertThat(sim.task("f", arn).get("stopCode").asText()).isEqualTo("EssentialContainerExited");
        assertThat(sim.world.service(Logs.class).messages("ap-northeast-2", "/ecs/hello", "ecs/job/" + id(arn)))
                .contains("hello from fargate");
    }

    @Test
    void aMissingLogGroupFailsAFargateTaskWithResourceInitializationError() {
        sim.call("ecs", "CreateCluster", "{'clusterName':'f'}");
        sim.taskRole("ecsTaskExecutionRole", "arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy");
        String arn = run(fargate("nolog", "echo hi", ""), sim.subnets().get(0));
        sim.advanceSeconds(120);
        JsonNode t = sim.task("f", arn);
        assertThat(t.get("stopCode").asText()).isEqualTo("TaskFailedToStart");
        assertThat(t.get("stoppedReason").asText()).isEqualTo("ResourceInitializationError: failed to validate logger args: create stream "
                + "has been retried 1 times: failed to create Cloudwatch log stream: ResourceNotFoundException: The specified log group "
                + "does not exist. : exit status 1");
    }

    @Test
    void aSecretsManagerSecretReachesTheContainerThroughTheExecutionRole() {
        sim.call("ecs", "CreateCluster", "{'clusterName':'f'}");
        sim.taskRole("ecsTaskExecutionRole", "arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy");
        sim.call("iam", "PutRolePolicy", "{'RoleName':'ecsTaskExecutionRole','PolicyName':'s','PolicyDocument':{'Statement':"
                + "[{'Effect':'Allow','Action':'secretsmanager:GetSecretValue','Resource':'*'}]}}");
        sim.call("logs", "CreateLogGroup", "{'logGroupName':'/ecs/secret'}");
        String secretArn = sim.call("secretsmanager", "CreateSecret", "{'Name':'db','SecretString':'{\\'password\\':\\'pw123\\'}'}").get("ARN").asText();
        sim.call("ecs", "RegisterTaskDefinition", "{'family':'secret','requiresCompatibilities':['FARGATE'],'networkMode':'awsvpc',"
                + "'cpu':'256','memory':'512','executionRoleArn':'ecsTaskExecutionRole','containerDefinitions':[{'name':'job','image':'busybox',"
                + "'command':['sh','-c','echo password=$DB_PASSWORD'],'secrets':[{'name':'DB_PASSWORD','valueFrom':'" + secretArn + ":password::'}],"
                + "'logConfiguration':{'logDriver':'awslogs','options':{'awslogs-group':'/ecs/secret','awslogs-region':'ap-northeast-2','awslogs-stream-prefix':'ecs'}}}]}");
        String arn = run("secret", sim.subnets().get(1));
        sim.advanceSeconds(120);
        assertThat(sim.world.service(Logs.class).messages("ap-northeast-2", "/ecs/secret", "ecs/job/" + id(arn))).contains("password=pw123");
    }

    @Test
    void anEfsVolumeIsSharedByTasksInDifferentAzsAndOutlivesThem() {
        sim.call("ecs", "CreateCluster", "{'clusterName':'f'}");
        sim.taskRole("ecsTaskExecutionRole", "arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy");
        String fs = sim.call("efs", "CreateFileSystem", "{'CreationToken':'shared'}").get("FileSystemId").asText();
        sim.advanceSeconds(120);
        for (String subnet : sim.subnets()) sim.call("efs", "CreateMountTarget", "{'FileSystemId':'" + fs + "','SubnetId':'" + subnet + "'}");
        sim.advanceSeconds(300);
        sim.call("logs", "CreateLogGroup", "{'logGroupName':'/ecs/writer'}");
        sim.call("logs", "CreateLogGroup", "{'logGroupName':'/ecs/reader'}");
        String volumes = ",'volumes':[{'name':'shared','efsVolumeConfiguration':{'fileSystemId':'" + fs + "'}}]";
        fargate("writer", "echo kept > /data/note.txt", volumes);
        fargate("reader", "cat /data/note.txt", volumes);
        run("writer", sim.subnets().get(0));
        sim.advanceSeconds(120);
        String reader = run("reader", sim.subnets().get(2));
        sim.advanceSeconds(120);
        JsonNode t = sim.task("f", reader);
        assertThat(t.get("availabilityZone").asText()).isEqualTo("ap-northeast-2c");
        assertThat(sim.world.service(Logs.class).messages("ap-northeast-2", "/ecs/reader", "ecs/job/" + id(reader))).contains("kept");
    }

    @Test
    void anEfsVolumeWithoutAMountTargetInTheTasksAzFailsTheTask() {
        sim.call("ecs", "CreateCluster", "{'clusterName':'f'}");
        sim.taskRole("ecsTaskExecutionRole", "arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy");
        String fs = sim.call("efs", "CreateFileSystem", "{'CreationToken':'one-az'}").get("FileSystemId").asText();
        sim.advanceSeconds(120);
        sim.call("efs", "CreateMountTarget", "{'FileSystemId':'" + fs + "','SubnetId':'" + sim.subnets().get(0) + "'}");
        sim.advanceSeconds(300);
        sim.call("logs", "CreateLogGroup", "{'logGroupName':'/ecs/reader'}");
        fargate("reader", "cat /data/note.txt", ",'volumes':[{'name':'shared','efsVolumeConfiguration':{'fileSystemId':'" + fs + "'}}]");
        String arn = run("reader", sim.subnets().get(1));
        sim.advanceSeconds(120);
        assertThat(sim.task("f", arn).get("stoppedReason").asText()).startsWith("ResourceInitializationError: failed to invoke EFS utils commands");
    }
}
