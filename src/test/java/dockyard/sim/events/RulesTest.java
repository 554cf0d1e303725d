package dockyard.sim.events;

import com.fasterxml.jackson.databind.JsonNode;
import dockyard.sim.AwsException;
import dockyard.sim.Caller;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Rules and targets through EventBridge's API, with AWS's response shapes, codes and messages. */
class RulesTest {
    private final EventsScenario s = new EventsScenario();

    @Test
    void putRuleCreatesAnEnabledRuleOnTheDefaultBusAndDescribeRuleShowsIt() {
        JsonNode out = s.call("events", "PutRule", "{'Name':'hourly-report','ScheduleExpression':'rate(1 hour)','Description':'report'}");
        assertThat(out.get("RuleArn").asText()).isEqualTo("arn:aws:events:ap-northeast-2:123456789012:rule/hourly-report");
        JsonNode rule = s.call("events", "DescribeRule", "{'Name':'hourly-report'}");
        assertThat(rule.get("State").asText()).isEqualTo("ENABLED");
        assertThat(rule.get("ScheduleExpression").asText()).isEqualTo("rate(1 hour)");
        assertThat(rule.get("Description").asText()).isEqualTo("report");
        assertThat(rule.get("EventBusName").asText()).isEqualTo("default");
        assertThat(rule.get("CreatedBy").asText()).isEqualTo("123456789012");
    }

    @Test
    void putRuleAgainReplacesTheRuleAndDropsWhatWasOmitted() {
        s.call("events", "PutRule", "{'Name':'r','ScheduleExpression':'rate(1 hour)','Description':'old'}");
        s.call("events", "PutRule", "{'Name':'r','EventPattern':'{\\\"source\\\":[\\\"aws.s3\\\"]}','State':'DISABLED'}");
        JsonNode rule = s.call("events", "DescribeRule", "{'Name':'r'}");
        assertThat(rule.has("Description")).isFalse();
        assertThat(rule.has("ScheduleExpression")).isFalse();
        assertThat(rule.get("EventPattern").asText()).isEqualTo("{\"source\":[\"aws.s3\"]}");
        assertThat(rule.get("State").asText()).isEqualTo("DISABLED");
    }

    @Test
    void aRuleNeedsAPatternOrAScheduleAndBothMustBeValid() {
        s.fails("events", "PutRule", "{'Name':'r'}", "ValidationException", "EventPattern or ScheduleExpression must be specified");
        s.fails("events", "PutRule", "{'Name':'r','ScheduleExpression':'rate(1 hours)'}", "ValidationException",
                "Parameter ScheduleExpression is not valid.");
        s.fails("events", "PutRule", "{'Name':'r','ScheduleExpression':'cron(0 12 * * *)'}", "ValidationException",
                "Parameter ScheduleExpression is not valid.");
        s.fails("events", "PutRule", "{'Name':'r','EventPattern':'{\\\"source\\\":\\\"aws.s3\\\"}'}", "InvalidEventPatternException",
                "Event pattern is not valid. Reason:");
        s.fails("events", "PutRule", "{'Name':'bad name','ScheduleExpression':'rate(1 hour)'}", "ValidationException",
                "Member must satisfy regular expression pattern");
        s.fails("events", "PutRule", "{'Name':'r','ScheduleExpression':'rate(1 hour)','EventBusName':'orders'}",
                "ResourceNotFoundException", "Event bus orders does not exist.");
        assertThat(s.call("events", "ListRules", "{}").get("Rules")).isEmpty();
    }

    @Test
    void listRulesFiltersByNamePrefixInNameOrder() {
        s.call("events", "PutRule", "{'Name':'report-b','ScheduleExpression':'rate(1 hour)'}");
        s.call("events", "PutRule", "{'Name':'report-a','ScheduleExpression':'rate(1 hour)'}");
        s.call("events", "PutRule", "{'Name':'photo','ScheduleExpression':'rate(1 hour)'}");
        JsonNode rules = s.call("events", "ListRules", "{'NamePrefix':'report'}").get("Rules");
        assertThat(rules).extracting(r -> r.get("Name").asText()).containsExactly("report-a", "report-b");
    }

    @Test
    void disableAndEnableChangeTheStateAndUnknownRulesAreNotFound() {
        s.call("events", "PutRule", "{'Name':'r','ScheduleExpression':'rate(1 hour)'}");
        s.call("events", "DisableRule", "{'Name':'r'}");
        assertThat(s.call("events", "DescribeRule", "{'Name':'r'}").get("State").asText()).isEqualTo("DISABLED");
        s.call("events", "EnableRule", "{'Name':'r'}");
        assertThat(s.call("events", "DescribeRule", "{'Name':'r'}").get("State").asText()).isEqualTo("ENABLED");
        s.fails("events", "DescribeRule", "{'Name':'nope'}", "ResourceNotFoundException", "Rule nope does not exist on EventBus default.");
        s.fails("events", "EnableRule", "{'Name':'nope'}", "ResourceNotFoundException", "Rule nope does not exist on EventBus default.");
    }

    @Test
    void aRuleWithTargetsCannotBeDeletedUntilTheyAreRemoved() {
        s.call("events", "PutRule", "{'Name':'r','ScheduleExpression':'rate(1 hour)'}");
        String role = s.eventsRole("ecsEventsRole");
        String td = s.batchTd("report", null, 5);
        s.call("events", "PutTargets", "{'Rule':'r','Targets':[" + s.ecsTarget("t1", role, td, "") + "]}");
        s.fails("events", "DeleteRule", "{'Name':'r'}", "ValidationException", "Rule can't be deleted since it has targets.");
        JsonNode removed = s.call("events", "RemoveTargets", "{'Rule':'r','Ids':['t1']}");
        assertThat(removed.get("FailedEntryCount").asInt()).isZero();
        s.call("events", "DeleteRule", "{'Name':'r'}");
        assertThat(s.call("events", "ListRules", "{}").get("Rules")).isEmpty();
        s.call("events", "DeleteRule", "{'Name':'r'}");
    }

    @Test
    void anEcsTargetIsListedWithTaskCountFilledIn() {
        s.call("events", "PutRule", "{'Name':'r','ScheduleExpression':'rate(1 hour)'}");
        String td = s.batchTd("report", null, 5);
        String target = s.ecsTarget("t1", s.eventsRole("ecsEventsRole"), td, "").replace("'TaskCount':1,", "");
        JsonNode out = s.call("events", "PutTargets", "{'Rule':'r','Targets':[" + target + "]}");
        assertThat(out.get("FailedEntryCount").asInt()).isZero();
        assertThat(out.get("FailedEntries")).isEmpty();
        JsonNode listed = s.call("events", "ListTargetsByRule", "{'Rule':'r'}").get("Targets").get(0);
        assertThat(listed.get("Id").asText()).isEqualTo("t1");
        assertThat(listed.get("EcsParameters").get("TaskCount").asInt()).isEqualTo(1);
        assertThat(listed.get("EcsParameters").get("TaskDefinitionArn").asText()).isEqualTo(td);
    }

    @Test
    void anEcsTargetNeedsARoleArn() {
        s.call("events", "PutRule", "{'Name':'r','ScheduleExpression':'rate(1 hour)'}");
        String target = "{'Id':'t1','Arn':'" + s.clusterArn + "','EcsParameters':{'TaskDefinitionArn':'x'}}";
        s.fails("events", "PutTargets", "{'Rule':'r','Targets':[" + target + "]}", "ValidationException",
                "RoleArn is required for target " + s.clusterArn + ".");
    }

    @Test
    void aTargetOfAServiceTheSandboxDoesNotSimulateIsAFailedEntryNotAPretendDelivery() {
        s.call("events", "PutRule", "{'Name':'task-stopped','EventPattern':'{\\\"source\\\":[\\\"aws.ecs\\\"]}'}");
        JsonNode out = s.call("events", "PutTargets", "{'Rule':'task-stopped','Targets':[{'Id':'notify-ops',"
                + "'Arn':'arn:aws:sns:ap-northeast-2:123456789012:ecs-task-stopped'}]}");
        assertThat(out.get("FailedEntryCount").asInt()).isEqualTo(1);
        JsonNode failed = out.get("FailedEntries").get(0);
        assertThat(failed.get("TargetId").asText()).isEqualTo("notify-ops");
        assertThat(failed.get("ErrorMessage").asText()).contains("does not simulate the sns service");
        assertThat(s.call("events", "ListTargetsByRule", "{'Rule':'task-stopped'}").get("Targets")).isEmpty();
    }

    @Test
    void aRuleTakesAtMostFiveTargets() {
        s.call("events", "PutRule", "{'Name':'r','ScheduleExpression':'rate(1 hour)'}");
        String role = s.eventsRole("ecsEventsRole");
        String td = s.batchTd("report", null, 5);
        StringBuilder six = new StringBuilder();
        for (int i = 1; i <= 6; i++) six.append(i > 1 ? "," : "").append(s.ecsTarget("t" + i, role, td, ""));
        s.fails("events", "PutTargets", "{'Rule':'r','Targets':[" + six + "]}", "LimitExceededException",
                "The requested resource exceeds the maximum number allowed.");
        assertThat(s.call("events", "ListTargetsByRule", "{'Rule':'r'}").get("Targets")).isEmpty();
    }

    @Test
    void testEventPatternSaysWhetherAnEventMatches() {
        String event = "{\\\"id\\\":\\\"1\\\",\\\"account\\\":\\\"123456789012\\\",\\\"source\\\":\\\"aws.ecs\\\",\\\"time\\\":\\\"2026-03-02T09:00:00Z\\\","
                + "\\\"region\\\":\\\"ap-northeast-2\\\",\\\"resources\\\":[],\\\"detail-type\\\":\\\"ECS Task State Change\\\","
                + "\\\"detail\\\":{\\\"lastStatus\\\":\\\"STOPPED\\\"}}";
        String pattern = "{\\\"detail\\\":{\\\"lastStatus\\\":[\\\"STOPPED\\\"]}}";
        assertThat(s.call("events", "TestEventPattern", "{'EventPattern':'" + pattern + "','Event':'" + event + "'}")
                .get("Result").asBoolean()).isTrue();
        String running = pattern.replace("STOPPED", "RUNNING");
        assertThat(s.call("events", "TestEventPattern", "{'EventPattern':'" + running + "','Event':'" + event + "'}")
                .get("Result").asBoolean()).isFalse();
        s.fails("events", "TestEventPattern", "{'EventPattern':'" + pattern + "','Event':'{}'}", "ValidationException",
                "Parameter Event is not valid.");
    }

    @Test
    void putEventsAcceptsCustomEventsAndRefusesBadEntriesOneByOne() {
        JsonNode out = s.call("events", "PutEvents", "{'Entries':["
                + "{'Source':'com.example.orders','DetailType':'Order Placed','Detail':'{\\\"id\\\":1}'},"
                + "{'Source':'aws.s3','DetailType':'Object Created','Detail':'{}'},"
                + "{'Source':'com.example.orders','DetailType':'Order Placed','Detail':'not json'}]}");
        assertThat(out.get("FailedEntryCount").asInt()).isEqualTo(2);
        JsonNode entries = out.get("Entries");
        assertThat(entries.get(0).get("EventId").asText()).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        assertThat(entries.get(1).get("ErrorCode").asText()).isEqualTo("NotAuthorizedForSourceException");
        assertThat(entries.get(2).get("ErrorCode").asText()).isEqualTo("MalformedDetail");
    }

    @Test
    void codeRunningAsARoleNeedsPassRoleOnTheTargetsRoleToPutIt() {
        s.call("events", "PutRule", "{'Name':'r','ScheduleExpression':'rate(1 hour)'}");
        String td = s.batchTd("report", null, 5);
        String eventsRole = s.eventsRole("ecsEventsRole");
        s.call("iam", "CreateRole", EventsScenario.EVENTS_TRUST.formatted("deployer"));
        s.call("iam", "PutRolePolicy", "{'RoleName':'deployer','PolicyName':'events','PolicyDocument':{'Version':'2012-10-17',"
                + "'Statement':[{'Effect':'Allow','Action':'events:*','Resource':'*'}]}}");
        Caller deployer = Caller.role("arn:aws:iam::123456789012:role/deployer", "ap-northeast-2");
        String put = "{'Rule':'r','Targets':[" + s.ecsTarget("t", eventsRole, td, "") + "]}";
        assertThatThrownBy(() -> s.callAs(deployer, "events", "PutTargets", put))
                .isInstanceOf(AwsException.class)
                .hasMessageContaining("is not authorized to perform: iam:PassRole on resource: " + eventsRole);
        s.call("iam", "PutRolePolicy", "{'RoleName':'deployer','PolicyName':'pass','PolicyDocument':{'Version':'2012-10-17',"
                + "'Statement':[{'Effect':'Allow','Action':'iam:PassRole','Resource':'" + eventsRole + "'}]}}");
        assertThat(s.callAs(deployer, "events", "PutTargets", put).get("FailedEntryCount").asInt()).isZero();
    }

    @Test
    void aBusHoldsAtMost300RulesAndAPatternAtMost4096Characters() {
        for (int i = 0; i < RuleOps.MAX_RULES; i++) s.call("events", "PutRule", "{'Name':'r" + i + "','ScheduleExpression':'rate(1 day)'}");
        s.fails("events", "PutRule", "{'Name':'one-more','ScheduleExpression':'rate(1 day)'}", "LimitExceededException",
                "The requested resource exceeds the maximum number allowed.");
        s.call("events", "PutRule", "{'Name':'r0','ScheduleExpression':'rate(2 days)'}");
        String big = "{\\\"source\\\":[\\\"" + "x".repeat(4100) + "\\\"]}";
        s.fails("events", "PutRule", "{'Name':'r1','EventPattern':'" + big + "'}", "ValidationException",
                "Member must have length less than or equal to 4096");
    }
}
