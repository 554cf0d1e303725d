package dockyard.sim.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dockyard.sim.Json;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The events EventBridge sees (§9: envelope, ECS Task State Change, S3 Object Created) and what targets receive. */
class EventShapesTest {
    private final EventsScenario s = new EventsScenario();

    /** How many events matched a rule (it has no targets: matching is all it does). */
    private long matched(String rule) {
        return s.metric(rule, "MatchedEvents");
    }

    private void rule(String name, String pattern) {
        s.call("events", "PutRule", "{'Name':'" + name + "','EventPattern':'" + pattern.replace("\"", "\\\"").replace('`', '\'') + "'}");
    }

    @Test
    void anEcsTaskStateChangeCarriesTheTaskAsDescribeTasksShowsItWithIsoTimestamps() {
        rule("envelope", "{\"version\":[\"0\"],\"account\":[\"123456789012\"],\"region\":[\"ap-northeast-2\"],\"id\":[{\"exists\":true}],"
                + "\"time\":[{\"prefix\":\"2026-03-02T\"}],\"source\":[\"aws.ecs\"],\"detail-type\":[\"ECS Task State Change\"],"
                + "\"resources\":[{\"prefix\":\"arn:aws:ecs:ap-northeast-2:123456789012:task/media/\"}]}");
        rule("stopped", "{\"detail\":{\"lastStatus\":[\"STOPPED\"],\"desiredStatus\":[\"STOPPED\"],\"stopCode\":[\"EssentialContainerExited\"],"
                + "\"group\":[\"family:report\"],\"launchType\":[\"FARGATE\"],\"cpu\":[\"256\"],\"memory\":[\"512\"],"
                + "\"stoppedAt\":[{\"prefix\":\"2026-03-02T09:\"}],\"createdAt\":[{\"suffix\":\"Z\"}],"
                + "\"containers\":{\"name\":[\"report\"],\"exitCode\":[0]},\"clusterArn\":[\"" + s.clusterArn + "\"]}}");
        String td = s.batchTd("report", null, 10);
        s.call("ecs", "RunTask", "{'cluster':'media','taskDefinition':'" + td + "','launchType':'FARGATE','networkConfiguration':"
                + "{'awsvpcConfiguration':{'subnets':['" + s.subnet() + "'],'assignPublicIp':'ENABLED'}}}");
        s.advanceSeconds(120);
        assertThat(matched("stopped")).isEqualTo(1);
        assertThat(matched("envelope")).isGreaterThanOrEqualTo(4);
    }

    @Test
    void anS3ObjectCreatedEventNamesTheBucketTheKeyItsSizeAndTheCallThatCreatedIt() {
        s.call("s3", "CreateBucket", "{'Bucket':'photo-uploads','CreateBucketConfiguration':{'LocationConstraint':'ap-northeast-2'}}");
        s.call("s3", "PutBucketNotificationConfiguration", "{'Bucket':'photo-uploads','NotificationConfiguration':{'EventBridgeConfiguration':{}}}");
        rule("created", "{\"source\":[\"aws.s3\"],\"detail-type\":[\"Object Created\"],\"resources\":[\"arn:aws:s3:::photo-uploads\"],"
                + "\"detail\":{\"bucket\":{\"name\":[\"photo-uploads\"]},\"object\":{\"key\":[\"incoming/cat.png\"],\"size\":[4],"
                + "\"etag\":[{\"exists\":true}]},\"reason\":[\"PutObject\"],\"requester\":[\"123456789012\"]}}");
        rule("copied", "{\"source\":[\"aws.s3\"],\"detail\":{\"object\":{\"key\":[\"copies/cat.png\"]},\"reason\":[\"CopyObject\"]}}");
        s.call("s3", "PutObject", "{'Bucket':'photo-uploads','Key':'incoming/cat.png','Body':'meow'}");
        s.call("s3", "CopyObject", "{'Bucket':'photo-uploads','CopySource':'photo-uploads/incoming/cat.png','Key':'copies/cat.png'}");
        assertThat(matched("created")).isEqualTo(1);
        assertThat(matched("copied")).isEqualTo(1);
    }

    @Test
    void putEventsKeepsTheEntrysTimeAndResources() {
        rule("orders", "{\"source\":[\"com.example.orders\"],\"time\":[\"2026-03-01T08:00:00Z\"],\"resources\":[\"order/1\"]}");
        s.call("events", "PutEvents", "{'Entries':[{'Source':'com.example.orders','DetailType':'Order Placed','Detail':'{}',"
                + "'Time':'2026-03-01T08:00:00Z','Resources':['order/1']},{'Source':'com.example.orders','DetailType':'Order Placed',"
                + "'Detail':'{}','Resources':['order/1']}]}");
        assertThat(matched("orders")).isEqualTo(1);
        JsonNode bad = s.call("events", "PutEvents", "{'Entries':[{'Source':'a','DetailType':'b','Detail':'{}','Time':'yesterday'}]}");
        assertThat(bad.get("Entries").get(0).get("ErrorCode").asText()).isEqualTo("InvalidArgument");
    }

    @Test
    void anInputTransformerQuotesValuesOutsideStringsAndInsertsTextInsideThem() throws Exception {
        Rule rule = new Rule("photo", "ap-northeast-2", "123456789012");
        ObjectNode event = (ObjectNode) Json.MAPPER.readTree(
                "{\"detail\":{\"bucket\":{\"name\":\"b\"},\"object\":{\"key\":\"say \\\"hi\\\"\",\"size\":4}},\"resources\":[\"arn:x\"]}");
        ObjectNode transformer = Json.object();
        transformer.putObject("InputPathsMap").put("key", "$.detail.object.key").put("size", "$.detail.object.size")
                .put("first", "$.resources[0]").put("missing", "$.detail.nothing");
        transformer.put("InputTemplate", "{\"k\": <key>, \"s\": <size>, \"text\": \"<key> of <size> bytes in <first>\", "
                + "\"m\": <missing>, \"rule\": \"<aws.events.rule-name>\"}");
        String out = InputTransformer.apply(transformer, event, rule, "2026-03-02T09:00:00Z");
        assertThat(Json.MAPPER.readTree(out).toString()).isEqualTo(
                "{\"k\":\"say \\\"hi\\\"\",\"s\":4,\"text\":\"say \\\"hi\\\" of 4 bytes in arn:x\",\"m\":null,\"rule\":\"photo\"}");
    }

    @Test
    void inputPathsMustBeJsonPathsAndAwsNamesAreReserved() {
        s.call("events", "PutRule", "{'Name':'r','ScheduleExpression':'rate(1 hour)'}");
        String td = s.batchTd("report", null, 5);
        String role = s.eventsRole("ecsEventsRole");
        s.fails("events", "PutTargets", "{'Rule':'r','Targets':[" + s.ecsTarget("t", role, td,
                ",'InputTransformer':{'InputPathsMap':{'k':'detail.key'},'InputTemplate':'<k>'}") + "]}", "ValidationException", "invalid JSONPath");
        s.fails("events", "PutTargets", "{'Rule':'r','Targets':[" + s.ecsTarget("t", role, td,
                ",'InputTransformer':{'InputPathsMap':{'aws.x':'$.id'},'InputTemplate':'<aws.x>'}") + "]}", "ValidationException", "reserved");
        s.fails("events", "PutTargets", "{'Rule':'r','Targets':[" + s.ecsTarget("t", role, td, ",'Input':'{not json'") + "]}",
                "ValidationException", "Input is not valid JSON text.");
    }
}
