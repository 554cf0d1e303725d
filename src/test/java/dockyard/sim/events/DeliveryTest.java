package dockyard.sim.events;

import com.fasterxml.jackson.databind.JsonNode;
import dockyard.sim.Timeline;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Events and schedules reaching an ECS cluster target: RunTask as the events role, in simulated time. */
class DeliveryTest {
    private static final String TRANSFORMER = ",'InputTransformer':{'InputPathsMap':{'bucket':'$.detail.bucket.name','key':'$.detail.object.key'},"
            + "'InputTemplate':'{\\\"containerOverrides\\\": [{\\\"name\\\": \\\"thumbnailer\\\", \\\"environment\\\": [{\\\"name\\\": \\\"S3_BUCKET\\\", "
            + "\\\"value\\\": <bucket>}, {\\\"name\\\": \\\"S3_KEY\\\", \\\"value\\\": <key>}]}]}'}";
    private static final String PHOTO_PATTERN = "{\\\"source\\\":[\\\"aws.s3\\\"],\\\"detail-type\\\":[\\\"Object Created\\\"],"
            + "\\\"detail\\\":{\\\"bucket\\\":{\\\"name\\\":[\\\"photo-uploads\\\"]},\\\"object\\\":{\\\"key\\\":[{\\\"prefix\\\":\\\"incoming/\\\"}]}}}";
    private final EventsScenario s = new EventsScenario();

    private void photoBucket(boolean eventBridge) {
        s.call("s3", "CreateBucket", "{'Bucket':'photo-uploads','CreateBucketConfiguration':{'LocationConstraint':'ap-northeast-2'}}");
        if (eventBridge) {
            s.call("s3", "PutBucketNotificationConfiguration", "{'Bucket':'photo-uploads','NotificationConfiguration':{'EventBridgeConfiguration':{}}}");
        }
    }

    private void photoRule(String role) {
        s.call("events", "PutRule", "{'Name':'photo-uploaded','EventPattern':'" + PHOTO_PATTERN + "'}");
        s.call("events", "PutTargets", "{'Rule':'photo-uploaded','Targets':[" + s.ecsTarget("run-thumbnailer", role,
                s.batchTd("thumbnailer", null, 60), TRANSFORMER) + "]}");
    }

    private static JsonNode env(JsonNode task) {
        return task.get("overrides").get("containerOverrides").get(0).get("environment");
    }

    @Test
    void anUploadToABucketWithEventBridgeOnRunsATaskWithTheObjectKeyInItsEnvironment() {
        photoBucket(true);
        photoRule(s.eventsRole("ecsEventsRole"));
        s.call("s3", "PutObject", "{'Bucket':'photo-uploads','Key':'incoming/cat.png','Body':'meow'}");
        s.call("s3", "PutObject", "{'Bucket':'photo-uploads','Key':'thumbnails/cat.png','Body':'meow'}");
        s.advanceSeconds(40);
        List<JsonNode> tasks = s.tasks("events-rule/photo-uploaded");
        assertThat(tasks).hasSize(1);
        assertThat(tasks.get(0).get("lastStatus").asText()).isEqualTo("RUNNING");
        assertThat(tasks.get(0).get("launchType").asText()).isEqualTo("FARGATE");
        assertThat(env(tasks.get(0)).toString()).isEqualTo(
                "[{\"name\":\"S3_BUCKET\",\"value\":\"photo-uploads\"},{\"name\":\"S3_KEY\",\"value\":\"incoming/cat.png\"}]");
        assertThat(s.metric("photo-uploaded", "MatchedEvents")).isEqualTo(1);
        assertThat(s.metric("photo-uploaded", "Invocations")).isEqualTo(1);
    }

    @Test
    void withoutEventBridgeNotificationsOnTheBucketNothingMatchesAndNothingFails() {
        photoBucket(false);
        photoRule(s.eventsRole("ecsEventsRole"));
        s.call("s3", "PutObject", "{'Bucket':'photo-uploads','Key':'incoming/cat.png','Body':'meow'}");
        s.advanceSeconds(40);
        assertThat(s.tasks("events-rule/photo-uploaded")).isEmpty();
        assertThat(s.metric("photo-uploaded", "MatchedEvents")).isZero();
    }

    @Test
    void aFiveMinuteRateOverThirtyMinutesStartsSixTasks() {
        s.call("events", "PutRule", "{'Name':'report-every-5','ScheduleExpression':'rate(5 minutes)'}");
        s.call("events", "PutTargets", "{'Rule':'report-every-5','Targets':[" + s.ecsTarget("run-report", s.eventsRole("ecsEventsRole"),
                s.batchTd("report", null, 30), "") + "]}");
        s.advanceSeconds(30 * 60);
        List<JsonNode> tasks = s.tasks("events-rule/report-every-5");
        assertThat(tasks).hasSize(6);
        assertThat(tasks).allSatisfy(t -> assertThat(t.get("group").asText()).isEqualTo("family:report"));
        assertThat(s.metric("report-every-5", "Invocations")).isEqualTo(6);
        assertThat(s.metric("report-every-5", "FailedInvocations")).isZero();
    }

    @Test
    void aDisabledScheduleStartsNothingUntilItIsEnabledAgain() {
        s.call("events", "PutRule", "{'Name':'r','ScheduleExpression':'rate(1 minute)','State':'DISABLED'}");
        s.call("events", "PutTargets", "{'Rule':'r','Targets':[" + s.ecsTarget("t", s.eventsRole("ecsEventsRole"),
                s.batchTd("report", null, 5), "") + "]}");
        s.advanceSeconds(600);
        assertThat(s.tasks("events-rule/r")).isEmpty();
        s.call("events", "EnableRule", "{'Name':'r'}");
        s.advanceSeconds(180);
        assertThat(s.tasks("events-rule/r")).hasSize(3);
    }

    @Test
    void aRuleOnStoppedTasksMatchesTheEcsTaskStateChangeEvent() {
        String role = s.eventsRole("ecsEventsRole");
        String stopped = "{\\\"source\\\":[\\\"aws.ecs\\\"],\\\"detail-type\\\":[\\\"ECS Task State Change\\\"],\\\"detail\\\":{"
                + "\\\"clusterArn\\\":[\\\"" + s.clusterArn + "\\\"],\\\"lastStatus\\\":[\\\"STOPPED\\\"],"
                + "\\\"stopCode\\\":[\\\"EssentialContainerExited\\\"],\\\"group\\\":[\\\"family:report\\\"]}}";
        s.call("events", "PutRule", "{'Name':'task-stopped','EventPattern':'" + stopped + "'}");
        s.call("events", "PutTargets", "{'Rule':'task-stopped','Targets':[" + s.ecsTarget("cleanup", role, s.batchTd("cleanup", null, 5),
                ",'Input':'{\\\"containerOverrides\\\":[{\\\"name\\\":\\\"cleanup\\\",\\\"environment\\\":[{\\\"name\\\":\\\"S3_KEY\\\",\\\"value\\\":\\\"after-report\\\"}]}]}'") + "]}");
        String td = s.batchTd("report", null, 10);
        s.call("ecs", "RunTask", "{'cluster':'media','taskDefinition':'" + td + "','launchType':'FARGATE','networkConfiguration':"
                + "{'awsvpcConfiguration':{'subnets':['" + s.subnet() + "'],'assignPublicIp':'ENABLED'}}}");
        s.advanceSeconds(120);
        assertThat(s.metric("task-stopped", "MatchedEvents")).isEqualTo(1);
        List<JsonNode> cleanups = s.tasks("events-rule/task-stopped");
        assertThat(cleanups).hasSize(1);
        assertThat(env(cleanups.get(0)).get(0).get("value").asText()).isEqualTo("after-report");
    }

    @Test
    void aRoleThatDoesNotTrustEventBridgeIsAFailedInvocationAndStartsNoTask() {
        String role = s.taskRole("notForEvents", EventsScenario.EVENTS_POLICY);
        s.call("events", "PutRule", "{'Name':'r','ScheduleExpression':'rate(1 minute)'}");
        s.call("events", "PutTargets", "{'Rule':'r','Targets':[" + s.ecsTarget("t", role, s.batchTd("report", null, 5), "") + "]}");
        s.advanceSeconds(60);
        assertThat(s.tasks("events-rule/r")).isEmpty();
        assertThat(s.metric("r", "FailedInvocations")).isEqualTo(1);
        assertThat(s.metric("r", "Invocations")).isZero();
        assertThat(s.world.timeline().entries()).extracting(Timeline.Entry::message)
                .anyMatch(m -> m.contains("trust policy does not allow events.amazonaws.com"));
    }

    @Test
    void anEventsRoleWithoutPassRoleCannotStartATaskThatHasATaskRole() {
        String taskRole = s.taskRole("thumbnailerTaskRole", null);
        s.call("iam", "CreateRole", EventsScenario.EVENTS_TRUST.formatted("runTaskOnly"));
        s.call("iam", "PutRolePolicy", "{'RoleName':'runTaskOnly','PolicyName':'run','PolicyDocument':{'Version':'2012-10-17',"
                + "'Statement':[{'Effect':'Allow','Action':'ecs:RunTask','Resource':'*'}]}}");
        String role = "arn:aws:iam::123456789012:role/runTaskOnly";
        s.call("events", "PutRule", "{'Name':'r','ScheduleExpression':'rate(1 minute)'}");
        s.call("events", "PutTargets", "{'Rule':'r','Targets':[" + s.ecsTarget("t", role, s.batchTd("report", taskRole, 5), "") + "]}");
        s.advanceSeconds(60);
        assertThat(s.tasks("events-rule/r")).isEmpty();
        assertThat(s.metric("r", "FailedInvocations")).isEqualTo(1);
        assertThat(s.world.timeline().entries()).extracting(Timeline.Entry::message)
                .anyMatch(m -> m.contains("iam:PassRole") && m.contains("thumbnailerTaskRole"));
    }

    @Test
    void aCustomEventFromPutEventsReachesTheRulesThatMatchIt() {
        s.call("events", "PutRule", "{'Name':'orders','EventPattern':'{\\\"source\\\":[\\\"com.example.orders\\\"],"
                + "\\\"detail\\\":{\\\"total\\\":[{\\\"numeric\\\":[\\\">\\\",100]}]}}'}");
        s.call("events", "PutTargets", "{'Rule':'orders','Targets':[" + s.ecsTarget("t", s.eventsRole("ecsEventsRole"),
                s.batchTd("report", null, 5), "") + "]}");
        s.call("events", "PutEvents", "{'Entries':[{'Source':'com.example.orders','DetailType':'Order Placed','Detail':'{\\\"total\\\":50}'},"
                + "{'Source':'com.example.orders','DetailType':'Order Placed','Detail':'{\\\"total\\\":150}'}]}");
        s.advanceSeconds(30);
        assertThat(s.metric("orders", "MatchedEvents")).isEqualTo(1);
        assertThat(s.tasks("events-rule/orders")).hasSize(1);
    }

    @Test
    void theSameSeedAndCommandsStartTheSameTasks() {
        List<String> first = scheduledTaskArns();
        List<String> second = scheduledTaskArns();
        assertThat(first).hasSize(2).isEqualTo(second);
    }

    private static List<String> scheduledTaskArns() {
        EventsScenario run = new EventsScenario();
        run.call("events", "PutRule", "{'Name':'r','ScheduleExpression':'cron(0/15 * * * ? *)'}");
        run.call("events", "PutTargets", "{'Rule':'r','Targets':[" + run.ecsTarget("t", run.eventsRole("ecsEventsRole"),
                run.batchTd("report", null, 5), "") + "]}");
        run.advanceSeconds(30 * 60);
        return run.tasks("events-rule/r").stream().map(t -> t.get("taskArn").asText()).sorted().toList();
    }

    @Test
    void aPatternRuleDoesNotChangeTheIdsOfTasksStartedLater() {
        assertThat(twoTasks(true)).isEqualTo(twoTasks(false));
    }

    private static List<String> twoTasks(boolean withRule) {
        EventsScenario run = new EventsScenario();
        if (withRule) run.call("events", "PutRule", "{'Name':'all-ecs','EventPattern':'{\\\"source\\\":[\\\"aws.ecs\\\"]}'}");
        String td = run.batchTd("report", null, 5);
        String runTask = "{'cluster':'media','taskDefinition':'" + td + "','launchType':'FARGATE','networkConfiguration':"
                + "{'awsvpcConfiguration':{'subnets':['" + run.subnet() + "'],'assignPublicIp':'ENABLED'}}}";
        String first = run.call("ecs", "RunTask", runTask).get("tasks").get(0).get("taskArn").asText();
        run.advanceSeconds(120);
        String second = run.call("ecs", "RunTask", runTask).get("tasks").get(0).get("taskArn").asText();
        if (withRule) assertThat(run.metric("all-ecs", "MatchedEvents")).isGreaterThan(5);
        return List.of(first, second);
    }
}
