package dockyard.shell.aws;

import dockyard.shell.CommandResult;
import dockyard.shell.ShellSession;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The three patterns of lesson 12 (ecs-eventbridge), typed into the sandbox shell as the lesson writes them. */
class EventsCliTest {
    private final ShellSession session = new ShellSession(5);

    private String ok(String command) {
        CommandResult r = session.run(command);
        assertThat(r.exit()).as(command + "\n" + r.stderr()).isZero();
        return r.stdout();
    }

    /** The media cluster, the events role of the lesson, and a Fargate task definition whose container runs {@code seconds}. */
    private void cluster(String family, int seconds) {
        ok("aws ecs create-cluster --cluster-name media");
        ok("cat > events-trust.json <<'EOF'\n{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", "
                + "\"Principal\": {\"Service\": \"events.amazonaws.com\"}, \"Action\": \"sts:AssumeRole\"}]}\nEOF");
        ok("aws iam create-role --role-name ecsEventsRole --assume-role-policy-document file://events-trust.json");
        ok("aws iam attach-role-policy --role-name ecsEventsRole "
                + "--policy-arn arn:aws:iam::aws:policy/service-role/AmazonEC2ContainerServiceEventsRole");
        taskDefinition(family, seconds);
        ok("SUBNET=$(aws ec2 describe-subnets --query 'Subnets[0].SubnetId' --output text)");
    }

    private void taskDefinition(String family, int seconds) {
        ok("aws ecs register-task-definition --family " + family + " --requires-compatibilities FARGATE --network-mode awsvpc "
                + "--cpu 256 --memory 512 --container-definitions '[{\"name\":\"" + family + "\",\"image\":\"busybox\","
                + "\"command\":[\"sh\",\"-c\",\"echo working on $S3_KEY; sleep " + seconds + "\"]}]'");
    }

    /** A targets file for {@code family}:1 on Fargate in the media cluster, as the lesson's photo-targets.json. */
    private void targets(String file, String id, String family, String extra) {
        ok("cat > " + file + " <<EOF\n[{\"Id\": \"" + id + "\", \"Arn\": \"arn:aws:ecs:ap-northeast-2:123456789012:cluster/media\","
                + " \"RoleArn\": \"arn:aws:iam::123456789012:role/ecsEventsRole\", \"EcsParameters\": {\"TaskDefinitionArn\": "
                + "\"arn:aws:ecs:ap-northeast-2:123456789012:task-definition/" + family + ":1\", \"TaskCount\": 1, \"LaunchType\": \"FARGATE\","
                + " \"NetworkConfiguration\": {\"awsvpcConfiguration\": {\"Subnets\": [\"$SUBNET\"], \"AssignPublicIp\": \"ENABLED\"}}}"
                + extra + "}]\nEOF");
    }

    private String tasksStartedBy(String rule, String query) {
        return ok("aws ecs describe-tasks --cluster media --tasks $(aws ecs list-tasks --cluster media --started-by events-rule/" + rule
                + " --desired-status " + (query.equals("STOPPED") ? "STOPPED" : "RUNNING") + " --query 'taskArns' --output text)"
                + " --query 'tasks[].[lastStatus,overrides.containerOverrides[0].environment[?name==`S3_KEY`].value | [0]]' --output text");
    }

    @Test
    void anUploadToTheBucketRunsTheThumbnailerWithTheObjectKeyInItsEnvironment() {
        cluster("thumbnailer", 120);
        ok("aws s3api create-bucket --bucket photo-uploads --create-bucket-configuration LocationConstraint=ap-northeast-2");
        ok("aws s3api put-bucket-notification-configuration --bucket photo-uploads "
                + "--notification-configuration '{\"EventBridgeConfiguration\": {}}'");
        ok("cat > photo-pattern.json <<'EOF'\n{\n  \"source\": [\"aws.s3\"],\n  \"detail-type\": [\"Object Created\"],\n  \"detail\": {\n"
                + "    \"bucket\": { \"name\": [\"photo-uploads\"] },\n    \"object\": { \"key\": [{ \"prefix\": \"incoming/\" }] }\n  }\n}\nEOF");
        ok("aws events put-rule --name photo-uploaded --event-pattern file://photo-pattern.json");
        targets("photo-targets.json", "run-thumbnailer", "thumbnailer", ", \"InputTransformer\": {\"InputPathsMap\": "
                + "{\"bucket\": \"\\$.detail.bucket.name\", \"key\": \"\\$.detail.object.key\"}, \"InputTemplate\": "
                + "\"{\\\"containerOverrides\\\": [{\\\"name\\\": \\\"thumbnailer\\\", \\\"environment\\\": [{\\\"name\\\": \\\"S3_BUCKET\\\", "
                + "\\\"value\\\": <bucket>}, {\\\"name\\\": \\\"S3_KEY\\\", \\\"value\\\": <key>}]}]}\"}");
        assertThat(ok("aws events put-targets --rule photo-uploaded --targets file://photo-targets.json --query FailedEntryCount"))
                .isEqualTo("0\n");
        ok("echo meow > cat.png");
        ok("aws s3 cp cat.png s3://photo-uploads/incoming/cat.png");
        ok("sleep 60");
        assertThat(tasksStartedBy("photo-uploaded", "RUNNING")).isEqualTo("RUNNING\tincoming/cat.png\n");
    }

    @Test
    void aFiveMinuteScheduleLeftForThirtyMinutesStartsSixReportTasks() {
        cluster("report", 30);
        ok("aws events put-rule --name report-every-5 --schedule-expression 'rate(5 minutes)'");
        targets("report-targets.json", "run-report", "report", "");
        ok("aws events put-targets --rule report-every-5 --targets file://report-targets.json");
        ok("sim advance 30m");
        String stopped = ok("aws ecs list-tasks --cluster media --started-by events-rule/report-every-5 --desired-status STOPPED "
                + "--query 'length(taskArns)'");
        String running = ok("aws ecs list-tasks --cluster media --started-by events-rule/report-every-5 --query 'length(taskArns)'");
        assertThat(Integer.parseInt(stopped.trim()) + Integer.parseInt(running.trim())).isEqualTo(6);
    }

    @Test
    void aRuleOnStoppedTasksMatchesWhenTheReportTaskExits() {
        cluster("report", 10);
        taskDefinition("cleanup", 300);
        ok("cat > stopped-pattern.json <<'EOF'\n{\n  \"source\": [\"aws.ecs\"],\n  \"detail-type\": [\"ECS Task State Change\"],\n"
                + "  \"detail\": {\n    \"clusterArn\": [\"arn:aws:ecs:ap-northeast-2:123456789012:cluster/media\"],\n"
                + "    \"lastStatus\": [\"STOPPED\"],\n    \"stopCode\": [\"EssentialContainerExited\", \"TaskFailedToStart\"],\n"
                + "    \"group\": [\"family:report\"]\n  }\n}\nEOF");
        ok("aws events put-rule --name task-stopped --event-pattern file://stopped-pattern.json");
        targets("cleanup-targets.json", "cleanup", "cleanup", ", \"InputTransformer\": {\"InputPathsMap\": {\"task\": \"\\$.detail.taskArn\"},"
                + " \"InputTemplate\": \"{\\\"containerOverrides\\\": [{\\\"name\\\": \\\"cleanup\\\", \\\"environment\\\": "
                + "[{\\\"name\\\": \\\"S3_KEY\\\", \\\"value\\\": \\\"after <task>\\\"}]}]}\"}");
        ok("aws events put-targets --rule task-stopped --targets file://cleanup-targets.json");
        ok("TASK=$(aws ecs run-task --cluster media --task-definition report --launch-type FARGATE --network-configuration "
                + "\"awsvpcConfiguration={subnets=[$SUBNET],assignPublicIp=ENABLED}\" --query 'tasks[0].taskArn' --output text)");
        ok("aws ecs wait tasks-stopped --cluster media --tasks $TASK");
        ok("sleep 60");
        String task = ok("echo $TASK").trim();
        assertThat(tasksStartedBy("task-stopped", "RUNNING")).isEqualTo("RUNNING\tafter " + task + "\n");
    }

    @Test
    void invalidSchedulesAndADeleteWithTargetsAreRefusedWithAwsMessages() {
        CommandResult plural = session.run("aws events put-rule --name hourly --schedule-expression 'rate(1 hours)'");
        assertThat(plural.exit()).isEqualTo(254);
        assertThat(plural.stderr()).contains("An error occurred (ValidationException) when calling the PutRule operation: "
                + "Parameter ScheduleExpression is not valid.");
        assertThat(session.run("aws events put-rule --name nightly --schedule-expression 'cron(0 18 * * *)'").exit()).isEqualTo(254);
        cluster("report", 5);
        ok("aws events put-rule --name hourly --schedule-expression 'rate(1 hour)'");
        targets("report-targets.json", "run-report", "report", "");
        ok("aws events put-targets --rule hourly --targets file://report-targets.json");
        CommandResult delete = session.run("aws events delete-rule --name hourly");
        assertThat(delete.stderr()).contains("Rule can't be deleted since it has targets.");
        ok("aws events remove-targets --rule hourly --ids run-report");
        ok("aws events delete-rule --name hourly");
        assertThat(ok("aws events list-rules --query 'length(Rules)'")).isEqualTo("0\n");
    }

    @Test
    void aRuleWhoseRoleMayNotRunTasksShowsFailedInvocationsInCloudWatchAndStartsNothing() {
        cluster("report", 5);
        ok("aws iam detach-role-policy --role-name ecsEventsRole "
                + "--policy-arn arn:aws:iam::aws:policy/service-role/AmazonEC2ContainerServiceEventsRole");
        ok("aws events put-rule --name every-10 --schedule-expression 'rate(10 minutes)'");
        targets("report-targets.json", "run-report", "report", "");
        ok("aws events put-targets --rule every-10 --targets file://report-targets.json");
        assertThat(ok("sim advance 30m")).contains("is not authorized to perform: ecs:RunTask");
        String metric = "aws cloudwatch get-metric-statistics --namespace AWS/Events --dimensions Name=RuleName,Value=every-10 "
                + "--start-time 2026-03-02T09:00:00Z --end-time 2026-03-02T10:00:00Z --period 3600 --statistics Sum "
                + "--query 'Datapoints[0].Sum' --metric-name ";
        assertThat(ok(metric + "FailedInvocations")).isEqualTo("3.0\n");
        assertThat(ok(metric + "Invocations")).isEqualTo("null\n");
        assertThat(ok("aws ecs list-tasks --cluster media --started-by events-rule/every-10 --desired-status STOPPED "
                + "--query 'length(taskArns)'")).isEqualTo("0\n");
    }
}
