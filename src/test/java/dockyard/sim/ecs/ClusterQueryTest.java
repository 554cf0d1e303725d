package dockyard.sim.ecs;

import dockyard.sim.AwsException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClusterQueryTest {
    private static final Map<String, List<String>> T3 = Map.of("attribute:ecs.instance-type", List.of("t3.small"),
            "attribute:ecs.availability-zone", List.of("ap-northeast-2a"), "runningtaskscount", List.of("2"),
            "task:group", List.of("family:web", "service:production"), "ec2instanceid", List.of("i-0abc"));

    private static boolean eval(String q) {
        return ClusterQuery.parse(q).matches(k -> T3.getOrDefault(k, List.of()));
    }

    @Test
    void theDocumentedExamplesEvaluateAsTheDeveloperGuideDescribes() {
        assertThat(eval("attribute:ecs.instance-type == t3.small")).isTrue();
        assertThat(eval("attribute:ecs.availability-zone in [ap-northeast-2a, ap-northeast-2b]")).isTrue();
        assertThat(eval("attribute:ecs.instance-type =~ t3.* and attribute:ecs.availability-zone != ap-northeast-2d")).isTrue();
        assertThat(eval("task:group == service:production")).isTrue();
        assertThat(eval("not(task:group == database)")).isTrue();
        assertThat(eval("runningTasksCount == 1")).isFalse();
        assertThat(eval("runningTasksCount > 1 && runningTasksCount <= 2")).isTrue();
        assertThat(eval("ec2InstanceId in ['i-0abc', 'i-wxyz']")).isTrue();
        assertThat(eval("attribute:stack exists")).isFalse();
        assertThat(eval("attribute:stack !exists or attribute:ecs.instance-type not_matches m5.*")).isTrue();
    }

    @Test
    void anInvalidExpressionIsAnInvalidParameterException() {
        for (String bad : List.of("", "colour == red", "attribute:x ~~ y", "(attribute:x == y", "attribute:x =~ (", "attribute:x in [a, b")) {
            assertThatThrownBy(() -> eval(bad)).isInstanceOf(AwsException.class)
                    .satisfies(e -> assertThat(((AwsException) e).code()).isEqualTo("InvalidParameterException"));
        }
    }

    @Test
    void aCatastrophicallyBacktrackingRegexIsStoppedWithAClearError() {
        ClusterQuery q = ClusterQuery.parse("attribute:name =~ '(.*a){20}'");
        assertThatThrownBy(() -> q.matches(k -> List.of("a".repeat(26) + "!")))
                .isInstanceOf(AwsException.class).hasMessageContaining("too expensive to evaluate");
    }
}
