package dockyard.sim.cloudwatch;

import com.fasterxml.jackson.databind.JsonNode;
import dockyard.sim.SimFixture;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Metrics that services publish, read back with GetMetricStatistics and ListMetrics as the CLI sends them. */
class CloudWatchTest {
    private final SimFixture s = new SimFixture();
    private final CloudWatch cw = s.world.service(CloudWatch.class);

    private void countAt(long seconds, String rule) {
        s.world.kernel().advance(seconds * 1000 - s.world.kernel().now());
        cw.put("ap-northeast-2", "AWS/Events", "Invocations", Map.of("RuleName", rule), 1, "Count");
    }

    private JsonNode stats(String dims, int period, String statistics) {
        return s.call("cloudwatch", "GetMetricStatistics", "{'Namespace':'AWS/Events','MetricName':'Invocations','Dimensions':" + dims
                + ",'StartTime':'2026-03-02T09:00:00Z','EndTime':'2026-03-02T10:00:00Z','Period':" + period + ",'Statistics':" + statistics + "}");
    }

    @Test
    void datapointsAreSummedPerPeriodAlignedToThePeriodAndOnlyPeriodsWithDataAppear() {
        countAt(60, "r");
        countAt(120, "r");
        countAt(1300, "r");
        countAt(1300, "other");
        JsonNode points = stats("[{'Name':'RuleName','Value':'r'}]", 600, "['Sum','SampleCount','Maximum']").get("Datapoints");
        assertThat(points).hasSize(2);
        assertThat(points.get(0).get("Timestamp").asDouble()).isEqualTo(1772442000.0);
        assertThat(points.get(0).get("Sum").asDouble()).isEqualTo(2.0);
        assertThat(points.get(0).get("SampleCount").asDouble()).isEqualTo(2.0);
        assertThat(points.get(0).get("Unit").asText()).isEqualTo("Count");
        assertThat(points.get(1).get("Sum").asDouble()).isEqualTo(1.0);
    }

    @Test
    void aMetricIsNamedByItsFullSetOfDimensions() {
        countAt(60, "r");
        assertThat(stats("[]", 3600, "['Sum']").get("Datapoints")).isEmpty();
        assertThat(stats("[{'Name':'RuleName','Value':'r'}]", 3600, "['Sum']").get("Datapoints")).hasSize(1);
    }

    @Test
    void badPeriodsRangesAndStatisticsAreRefusedWithCloudWatchsCodes() {
        s.fails("cloudwatch", "GetMetricStatistics", "{'Namespace':'AWS/Events','MetricName':'Invocations','StartTime':'2026-03-02T09:00:00Z',"
                + "'EndTime':'2026-03-02T10:00:00Z','Period':61,'Statistics':['Sum']}", "InvalidParameterValue", "Period must be");
        s.fails("cloudwatch", "GetMetricStatistics", "{'Namespace':'AWS/Events','MetricName':'Invocations','StartTime':'2026-03-02T10:00:00Z',"
                + "'EndTime':'2026-03-02T09:00:00Z','Period':60,'Statistics':['Sum']}", "InvalidParameterValue", "StartTime must be less than");
        s.fails("cloudwatch", "GetMetricStatistics", "{'Namespace':'AWS/Events','MetricName':'Invocations','StartTime':'2026-03-02T09:00:00Z',"
                + "'EndTime':'2026-03-02T10:00:00Z','Period':60}", "InvalidParameterCombination", "Statistics and ExtendedStatistics");
        s.fails("cloudwatch", "GetMetricStatistics", "{'Namespace':'AWS/Events','MetricName':'Invocations','StartTime':'2026-03-01T00:00:00Z',"
                + "'EndTime':'2026-03-03T00:00:00Z','Period':60,'Statistics':['Sum']}", "InvalidParameterCombination", "exceeds the limit of 1440");
        s.fails("cloudwatch", "GetMetricStatistics", "{'Namespace':'AWS/Events','MetricName':'Invocations','StartTime':'yesterday',"
                + "'EndTime':'2026-03-03T00:00:00Z','Period':60,'Statistics':['Sum']}", "InvalidParameterValue", "not a valid timestamp");
    }

    @Test
    void listMetricsFiltersByNamespaceNameAndDimension() {
        countAt(60, "r");
        countAt(60, "q");
        JsonNode metrics = s.call("cloudwatch", "ListMetrics", "{'Namespace':'AWS/Events','Dimensions':[{'Name':'RuleName','Value':'q'}]}")
                .get("Metrics");
        assertThat(metrics).hasSize(1);
        assertThat(metrics.get(0).get("Dimensions").get(0).get("Value").asText()).isEqualTo("q");
        assertThat(s.call("cloudwatch", "ListMetrics", "{'Namespace':'AWS/ECS'}").get("Metrics")).isEmpty();
    }
}
