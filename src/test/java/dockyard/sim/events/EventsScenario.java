package dockyard.sim.events;

import com.fasterxml.jackson.databind.JsonNode;
import dockyard.sim.SimFixture;
import dockyard.sim.ec2.Ec2;

import java.util.ArrayList;
import java.util.List;

/** A Fargate cluster, a batch task definition and the events role, built through the API as a learner would. */
class EventsScenario extends SimFixture {
    static final String EVENTS_TRUST = "{'RoleName':'%s','AssumeRolePolicyDocument':{'Version':'2012-10-17','Statement':"
            + "[{'Effect':'Allow','Principal':{'Service':'events.amazonaws.com'},'Action':'sts:AssumeRole'}]}}";
    static final String EVENTS_POLICY = "arn:aws:iam::aws:policy/service-role/AmazonEC2ContainerServiceEventsRole";
    final String cluster;
    final String clusterArn;

    EventsScenario() {
        super(7);
        cluster = "media";
        clusterArn = call("ecs", "CreateCluster", "{'clusterName':'media'}").get("cluster").get("clusterArn").asText();
    }

    /** A role EventBridge may assume, with the managed events policy (ecs:RunTask, iam:PassRole for ECS tasks). */
    String eventsRole(String name) {
        String arn = call("iam", "CreateRole", EVENTS_TRUST.formatted(name)).get("Role").get("Arn").asText();
        call("iam", "AttachRolePolicy", "{'RoleName':'" + name + "','PolicyArn':'" + EVENTS_POLICY + "'}");
        return arn;
    }

    /** A Fargate task definition whose one container prints its S3_KEY and exits after {@code seconds}. */
    String batchTd(String family, String taskRoleArn, int seconds) {
        String role = taskRoleArn == null ? "" : "'taskRoleArn':'" + taskRoleArn + "',";
        return call("ecs", "RegisterTaskDefinition", "{'family':'" + family + "'," + role + "'requiresCompatibilities':['FARGATE'],"
                + "'networkMode':'awsvpc','cpu':'256','memory':'512','containerDefinitions':[{'name':'" + family + "','image':'busybox',"
                + "'command':['sh','-c','echo processing $S3_KEY; sleep " + seconds + "']}]}")
                .get("taskDefinition").get("taskDefinitionArn").asText();
    }

    String subnet() {
        return world.service(Ec2.class).defaultSubnets("ap-northeast-2").get(0);
    }

    /** A target running {@code td} on Fargate in the cluster, as the lesson's targets file writes it. */
    String ecsTarget(String id, String roleArn, String td, String extra) {
        return "{'Id':'" + id + "','Arn':'" + clusterArn + "','RoleArn':'" + roleArn + "','EcsParameters':{'TaskDefinitionArn':'" + td
                + "','TaskCount':1,'LaunchType':'FARGATE','NetworkConfiguration':{'awsvpcConfiguration':{'Subnets':['" + subnet()
                + "'],'AssignPublicIp':'ENABLED'}}}" + extra + "}";
    }

    List<JsonNode> tasks(String startedBy) {
        List<JsonNode> out = new ArrayList<>();
        JsonNode arns = call("ecs", "ListTasks", "{'cluster':'media','startedBy':'" + startedBy + "','desiredStatus':'RUNNING'}").get("taskArns");
        JsonNode stopped = call("ecs", "ListTasks", "{'cluster':'media','startedBy':'" + startedBy + "','desiredStatus':'STOPPED'}").get("taskArns");
        List<String> all = new ArrayList<>();
        arns.forEach(a -> all.add(a.asText()));
        stopped.forEach(a -> all.add(a.asText()));
        for (String arn : all) {
            out.add(call("ecs", "DescribeTasks", "{'cluster':'media','tasks':['" + arn + "']}").get("tasks").get(0));
        }
        return out;
    }

    long metric(String rule, String name) {
        return world.service(Events.class).ruleMetrics("ap-northeast-2", rule).get(name);
    }
}
