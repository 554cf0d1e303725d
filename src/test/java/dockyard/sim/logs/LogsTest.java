package dockyard.sim.logs;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dockyard.sim.AwsException;
import dockyard.sim.World;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dockyard.sim.SimCalls.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LogsTest {
    private final World world = new World(5);
    private final Logs logs = world.service(Logs.class);

    @Test
    void aStreamInAMissingGroupIsResourceNotFound() {
        assertThatThrownBy(() -> logs.createLogStream("ap-northeast-2", "/ecs/web", "ecs/web/abc"))
                .isInstanceOfSatisfying(AwsException.class, e -> assertThat(e.code()).isEqualTo("ResourceNotFoundException"))
                .hasMessage("The specified log group does not exist.");
    }

    @Test
    void theAwslogsDriversLinesAreReadBackInOrder() {
        logs.createLogGroupIfMissing("ap-northeast-2", "/ecs/web");
        logs.createLogStream("ap-northeast-2", "/ecs/web", "ecs/web/0123");
        logs.sink("ap-northeast-2", "/ecs/web", "ecs/web/0123").accept("first");
        world.kernel().advance(2_000);
        logs.putLogEvents("/ecs/web", "ecs/web/0123", List.of("second"));
        ObjectNode out = call(world, "logs", "GetLogEvents", "{\"logGroupName\":\"/ecs/web\",\"logStreamName\":\"ecs/web/0123\",\"startFromHead\":true}");
        assertThat(out.get("events").get(0).get("message").asText()).isEqualTo("first");
        assertThat(out.get("events").get(1).get("timestamp").asLong() - out.get("events").get(0).get("timestamp").asLong()).isEqualTo(2000);
        assertThat(out.get("nextForwardToken").asText()).startsWith("f/");
    }

    @Test
    void filterLogEventsMatchesTermsAcrossStreams() {
        logs.createLogGroup("ap-northeast-2", "/app");
        logs.createLogStream("ap-northeast-2", "/app", "a");
        logs.createLogStream("ap-northeast-2", "/app", "b");
        logs.putLogEvents("/app", "a", List.of("INFO started", "ERROR timeout talking to db"));
        logs.putLogEvents("/app", "b", List.of("ERROR disk full"));
        ObjectNode out = call(world, "logs", "FilterLogEvents", "{\"logGroupName\":\"/app\",\"filterPattern\":\"ERROR -disk\"}");
        assertThat(out.get("events")).hasSize(1);
        assertThat(out.get("events").get(0).get("logStreamName").asText()).isEqualTo("a");
    }

    @Test
    void creatingAnExistingGroupFailsAndDescribeListsIt() {
        call(world, "logs", "CreateLogGroup", "{\"logGroupName\":\"/ecs/web\"}");
        assertThatThrownBy(() -> call(world, "logs", "CreateLogGroup", "{\"logGroupName\":\"/ecs/web\"}"))
                .hasMessage("The specified log group already exists");
        ObjectNode g = (ObjectNode) call(world, "logs", "DescribeLogGroups", "{}").get("logGroups").get(0);
        assertThat(g.get("arn").asText()).isEqualTo("arn:aws:logs:ap-northeast-2:123456789012:log-group:/ecs/web:*");
    }
}
