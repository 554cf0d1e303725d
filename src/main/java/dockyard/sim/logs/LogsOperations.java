package dockyard.sim.logs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dockyard.sim.AwsException;
import dockyard.sim.Caller;
import dockyard.sim.Json;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** CloudWatch Logs API operations (shapes as in the CloudWatch Logs API reference). */
final class LogsOperations {
    private static final Set<Integer> RETENTION = Set.of(1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096,
            1827, 2192, 2557, 2922, 3288, 3653);

    private LogsOperations() {
    }

    static ObjectNode invoke(Logs logs, String op, ObjectNode in, String region) {
        ObjectNode out = Json.object();
        switch (op) {
            case "CreateLogGroup" -> logs.createLogGroup(region, Logs.required(in, "logGroupName"));
            case "DeleteLogGroup" -> {
                LogGroup g = logs.group(region, Logs.required(in, "logGroupName"));
                logs.groups.remove(region + "/" + g.name);
            }
            case "PutRetentionPolicy" -> {
                LogGroup g = logs.group(region, Logs.required(in, "logGroupName"));
                int days = in.path("retentionInDays").asInt(-1);
                if (!RETENTION.contains(days)) {
                    throw AwsException.client("InvalidParameterException", "1 validation error detected: Value '" + days
                            + "' at 'retentionInDays' failed to satisfy constraint: Member must satisfy enum value set: "
                            + "[1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653]");
                }
                g.retentionInDays = days;
            }
            case "DescribeLogGroups" -> {
                String prefix = Json.text(in, "logGroupNamePrefix", "");
                ArrayNode list = out.putArray("logGroups");
                logs.groups.values().stream().filter(g -> g.region.equals(region) && g.name.startsWith(prefix))
                        .sorted(Comparator.comparing(g -> g.name)).forEach(g -> {
                            ObjectNode o = list.addObject();
                            o.put("logGroupName", g.name);
                            o.put("creationTime", g.creationTime);
                            if (g.retentionInDays != null) o.put("retentionInDays", g.retentionInDays);
                            o.put("metricFilterCount", 0);
                            o.put("arn", g.arn(Caller.ACCOUNT) + ":*");
                            o.put("storedBytes", g.storedBytes());
                            o.put("logGroupClass", "STANDARD");
                            o.put("logGroupArn", g.arn(Caller.ACCOUNT));
                        });
            }
            case "CreateLogStream" -> logs.createLogStream(region, Logs.required(in, "logGroupName"), Logs.required(in, "logStreamName"));
            case "DeleteLogStream" -> {
                LogGroup g = logs.group(region, Logs.required(in, "logGroupName"));
                Logs.stream(g, Logs.required(in, "logStreamName"));
                g.streams.remove(in.get("logStreamName").asText());
            }
            case "DescribeLogStreams" -> describeStreams(logs, in, region, out);
            case "PutLogEvents" -> {
                LogGroup g = logs.group(region, Logs.required(in, "logGroupName"));
                Logs.stream(g, Logs.required(in, "logStreamName"));
                JsonNode events = in.get("logEvents");
                if (events == null || !events.isArray() || events.isEmpty()) {
                    throw AwsException.client("InvalidParameterException", "1 validation error detected: Value null at 'logEvents' failed to satisfy constraint: Member must not be null");
                }
                List<String> lines = new ArrayList<>();
                for (JsonNode e : events) lines.add(e.path("message").asText(""));
                logs.putLogEvents(region, g.name, in.get("logStreamName").asText(), lines);
                out.put("nextSequenceToken", String.format("%056d", logs.nowMillis()));
            }
            case "GetLogEvents" -> getEvents(logs, in, region, out);
            case "FilterLogEvents" -> filter(logs, in, region, out);
            default -> throw new AwsException("UnknownOperationException", "Unknown operation " + op, 400);
        }
        return out;
    }

    private static void describeStreams(Logs logs, ObjectNode in, String region, ObjectNode out) {
        LogGroup g = logs.group(region, Logs.required(in, "logGroupName"));
        String prefix = Json.text(in, "logStreamNamePrefix", "");
        String orderBy = Json.text(in, "orderBy", "LogStreamName");
        if (orderBy.equals("LastEventTime") && !prefix.isEmpty()) {
            throw AwsException.client("InvalidParameterException", "Cannot order by LastEventTime with a logStreamNamePrefix.");
        }
        List<LogGroup.Stream> streams = new ArrayList<>(g.streams.values().stream().filter(s -> s.name.startsWith(prefix)).toList());
        Comparator<LogGroup.Stream> c = orderBy.equals("LastEventTime")
                ? Comparator.comparingLong(s -> s.events.isEmpty() ? s.creationTime : s.events.get(s.events.size() - 1).timestamp())
                : Comparator.comparing(s -> s.name);
        streams.sort(in.path("descending").asBoolean(false) ? c.reversed() : c);
        int limit = in.path("limit").asInt(50);
        ArrayNode list = out.putArray("logStreams");
        for (LogGroup.Stream s : streams.subList(0, Math.min(limit, streams.size()))) {
            ObjectNode o = list.addObject();
            o.put("logStreamName", s.name);
            o.put("creationTime", s.creationTime);
            if (!s.events.isEmpty()) {
                o.put("firstEventTimestamp", s.events.get(0).timestamp());
                o.put("lastEventTimestamp", s.events.get(s.events.size() - 1).timestamp());
                o.put("lastIngestionTime", s.events.get(s.events.size() - 1).ingestionTime());
            }
            o.put("arn", g.arn(Caller.ACCOUNT) + ":log-stream:" + s.name);
            o.put("storedBytes", 0);
        }
    }

    private static boolean inRange(LogGroup.Event e, JsonNode in) {
        long start = in.path("startTime").asLong(Long.MIN_VALUE);
        long end = in.path("endTime").asLong(Long.MAX_VALUE);
        return e.timestamp() >= start && e.timestamp() < end;
    }

    private static void getEvents(Logs logs, ObjectNode in, String region, ObjectNode out) {
        LogGroup g = logs.group(region, Logs.required(in, "logGroupName"));
        LogGroup.Stream s = Logs.stream(g, Logs.required(in, "logStreamName"));
        List<LogGroup.Event> events = s.events.stream().filter(e -> inRange(e, in)).toList();
        int limit = Math.max(1, Math.min(10_000, in.path("limit").asInt(10_000)));
        boolean head = in.path("startFromHead").asBoolean(false);
        List<LogGroup.Event> page = head ? events.subList(0, Math.min(limit, events.size()))
                : events.subList(Math.max(0, events.size() - limit), events.size());
        ArrayNode list = out.putArray("events");
        for (LogGroup.Event e : page) {
            list.addObject().put("timestamp", e.timestamp()).put("message", e.message()).put("ingestionTime", e.ingestionTime());
        }
        long last = page.isEmpty() ? 0 : page.get(page.size() - 1).seq();
        long first = page.isEmpty() ? 0 : page.get(0).seq();
        out.put("nextForwardToken", "f/" + String.format("%056d", last));
        out.put("nextBackwardToken", "b/" + String.format("%056d", first));
    }

    private static void filter(Logs logs, ObjectNode in, String region, ObjectNode out) {
        LogGroup g = logs.group(region, Logs.required(in, "logGroupName"));
        List<String> names = new ArrayList<>();
        if (in.get("logStreamNames") != null) in.get("logStreamNames").forEach(n -> names.add(n.asText()));
        String prefix = Json.text(in, "logStreamNamePrefix", "");
        FilterPattern pattern = FilterPattern.parse(Json.text(in, "filterPattern", ""));
        List<Object[]> hits = new ArrayList<>();
        ArrayNode searched = Json.array();
        for (LogGroup.Stream s : g.streams.values()) {
            if (!names.isEmpty() && !names.contains(s.name) || !s.name.startsWith(prefix)) continue;
            searched.addObject().put("logStreamName", s.name).put("searchedCompletely", true);
            for (LogGroup.Event e : s.events) if (inRange(e, in) && pattern.matches(e.message())) hits.add(new Object[]{s.name, e});
        }
        hits.sort(Comparator.comparingLong((Object[] h) -> ((LogGroup.Event) h[1]).timestamp()).thenComparingLong(h -> ((LogGroup.Event) h[1]).seq()));
        int limit = Math.max(1, Math.min(10_000, in.path("limit").asInt(10_000)));
        ArrayNode list = out.putArray("events");
        for (Object[] h : hits.subList(0, Math.min(limit, hits.size()))) {
            LogGroup.Event e = (LogGroup.Event) h[1];
            list.addObject().put("logStreamName", (String) h[0]).put("timestamp", e.timestamp()).put("message", e.message())
                    .put("ingestionTime", e.ingestionTime()).put("eventId", String.format("%056d", e.seq()));
        }
        out.set("searchedLogStreams", searched);
    }
}
