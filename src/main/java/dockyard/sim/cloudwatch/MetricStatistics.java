package dockyard.sim.cloudwatch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dockyard.sim.AwsException;
import dockyard.sim.Json;
import dockyard.sim.Kernel;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * GetMetricStatistics: a metric's datapoints between StartTime (inclusive) and EndTime (exclusive), grouped into periods
 * of {@code Period} seconds aligned to multiples of the period since the Unix epoch, with the asked statistics. Only
 * periods that hold data appear, in time order. The metric is named by its full set of dimensions.
 */
final class MetricStatistics {
    private static final Set<String> STATISTICS = Set.of("SampleCount", "Average", "Sum", "Minimum", "Maximum");
    private static final int MAX_DATAPOINTS = 1440;

    private MetricStatistics() {
    }

    static ObjectNode get(CloudWatch cw, ObjectNode in, String region) {
        String namespace = Json.requiredText(in, "Namespace", "InvalidParameterValue");
        String name = Json.requiredText(in, "MetricName", "InvalidParameterValue");
        long start = epochMillis(in, "StartTime");
        long end = epochMillis(in, "EndTime");
        int period = in.path("Period").asInt(0);
        List<String> stats = new ArrayList<>();
        in.path("Statistics").forEach(s -> stats.add(s.asText()));
        if (stats.isEmpty()) {
            throw AwsException.client("InvalidParameterCombination", "At least one of the parameters Statistics and ExtendedStatistics must be specified.");
        }
        if (!STATISTICS.containsAll(stats)) {
            throw AwsException.client("ValidationError", "1 validation error detected: Value '" + stats + "' at 'statistics' failed to satisfy "
                    + "constraint: Member must satisfy constraint: [Member must satisfy enum value set: [Maximum, SampleCount, Sum, Minimum, Average]]");
        }
        if (period < 1 || (period >= 60 && period % 60 != 0) || (period < 60 && !Set.of(1, 5, 10, 30).contains(period))) {
            throw AwsException.client("InvalidParameterValue", "The parameter Period must be 1, 5, 10, 30, or a multiple of 60.");
        }
        if (start >= end) throw AwsException.client("InvalidParameterValue", "The parameter StartTime must be less than the parameter EndTime.");
        long asked = (end - start + period * 1000L - 1) / (period * 1000L);
        if (asked > MAX_DATAPOINTS) {
            throw AwsException.client("InvalidParameterCombination", "You have requested up to " + asked + " datapoints, which exceeds the limit "
                    + "of 1440. You may reduce the datapoints requested by increasing Period, or decreasing the time range.");
        }
        TreeMap<String, String> dims = new TreeMap<>();
        in.path("Dimensions").forEach(d -> dims.put(d.path("Name").asText(), d.path("Value").asText()));
        List<CloudWatch.Datapoint> points = cw.metrics.getOrDefault(new CloudWatch.MetricId(region, namespace, name, dims), List.of());
        TreeMap<Long, List<CloudWatch.Datapoint>> buckets = new TreeMap<>();
        long epoch = Kernel.EPOCH.toEpochMilli();
        for (CloudWatch.Datapoint p : points) {
            long t = epoch + p.at();
            if (t < start || t >= end) continue;
            buckets.computeIfAbsent(Math.floorDiv(t, period * 1000L) * period * 1000L, k -> new ArrayList<>()).add(p);
        }
        ObjectNode out = Json.object();
        out.put("Label", name);
        ArrayNode list = out.putArray("Datapoints");
        buckets.forEach((at, ps) -> {
            ObjectNode d = list.addObject();
            d.put("Timestamp", at / 1000.0);
            double sum = ps.stream().mapToDouble(CloudWatch.Datapoint::value).sum();
            for (String s : stats) {
                switch (s) {
                    case "SampleCount" -> d.put(s, (double) ps.size());
                    case "Sum" -> d.put(s, sum);
                    case "Average" -> d.put(s, sum / ps.size());
                    case "Minimum" -> d.put(s, ps.stream().mapToDouble(CloudWatch.Datapoint::value).min().orElse(0));
                    default -> d.put(s, ps.stream().mapToDouble(CloudWatch.Datapoint::value).max().orElse(0));
                }
            }
            d.put("Unit", ps.get(0).unit());
        });
        return out;
    }

    /** A timestamp member as the CLI sends it: epoch seconds, or ISO 8601 text (UTC when no offset is given). */
    static long epochMillis(JsonNode in, String member) {
        JsonNode v = in.get(member);
        if (v == null || v.isNull()) {
            throw AwsException.client("ValidationError", "1 validation error detected: Value null at '" + Character.toLowerCase(member.charAt(0))
                    + member.substring(1) + "' failed to satisfy constraint: Member must not be null");
        }
        if (v.isNumber()) return Math.round(v.asDouble() * 1000);
        String text = v.asText().trim();
        try {
            if (text.matches("\\d+(\\.\\d+)?")) return Math.round(Double.parseDouble(text) * 1000);
            if (text.length() == 10) return LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
            if (text.endsWith("Z") || text.matches(".*[+-]\\d\\d:\\d\\d$")) return java.time.OffsetDateTime.parse(text).toInstant().toEpochMilli();
            return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC).toEpochMilli();
        } catch (DateTimeParseException | NumberFormatException e) {
            throw AwsException.client("InvalidParameterValue", "The parameter " + member + " is not a valid timestamp: " + text);
        }
    }
}
