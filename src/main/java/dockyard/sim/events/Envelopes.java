package dockyard.sim.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dockyard.sim.AwsException;
import dockyard.sim.Caller;
import dockyard.sim.Json;
import dockyard.sim.ecs.TaskStateChange;
import dockyard.sim.s3.ObjectCreated;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;

/**
 * Builds events in EventBridge's envelope ({@code version} "0", {@code id}, {@code detail-type}, {@code source},
 * {@code account}, {@code time}, {@code region}, {@code resources}, {@code detail}; EB {@code eb-events}) from what
 * other services publish on the kernel, and checks the events given to {@code TestEventPattern}.
 */
final class Envelopes {
    /** ECS task timestamps: epoch seconds in the API, ISO 8601 strings in events (DG {@code ecs_cwe_events}). */
    private static final Set<String> TASK_TIMES = Set.of("createdAt", "connectivityAt", "pullStartedAt", "pullStoppedAt",
            "startedAt", "stoppingAt", "stoppedAt", "executionStoppedAt", "updatedAt");
    /** Members TestEventPattern requires in the event (EB API {@code TestEventPattern}). */
    private static final String[] REQUIRED = {"id", "account", "source", "time", "region", "resources", "detail-type"};

    private Envelopes() {
    }

    /** The envelope's {@code time}: UTC to the second, e.g. {@code 2026-03-02T09:00:05Z}. */
    static String time(Instant t) {
        return t.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    static ObjectNode envelope(Events events, String source, String detailType, String region) {
        ObjectNode e = Json.object();
        e.put("version", "0");
        e.put("id", events.ids.uuid());
        e.put("detail-type", detailType);
        e.put("source", source);
        e.put("account", Caller.ACCOUNT);
        e.put("time", time(events.world.kernel().instant()));
        e.put("region", region);
        e.putArray("resources");
        return e;
    }

    /** S3's "Object Created" event (S3 User Guide, {@code ev-events}). */
    static ObjectNode objectCreated(Events events, ObjectCreated c) {
        ObjectNode e = envelope(events, "aws.s3", "Object Created", c.region());
        e.withArray("resources").add("arn:aws:s3:::" + c.bucket());
        ObjectNode d = e.putObject("detail");
        d.put("version", "0");
        d.putObject("bucket").put("name", c.bucket());
        d.putObject("object").put("key", c.key()).put("size", c.size()).put("etag", c.etag().replace("\"", ""))
                .put("sequencer", String.format("%018X", c.at()));
        d.put("request-id", events.ids.upperAlnum(16));
        d.put("requester", Caller.ACCOUNT);
        d.put("source-ip-address", "203.0.113.10");
        d.put("reason", c.reason());
        return e;
    }

    /** ECS's "ECS Task State Change" event: {@code detail} is the task as DescribeTasks shows it, times as ISO strings. */
    static ObjectNode taskStateChange(Events events, TaskStateChange c) {
        String region = c.clusterArn().split(":")[3];
        ObjectNode e = envelope(events, "aws.ecs", "ECS Task State Change", region);
        e.withArray("resources").add(c.taskArn());
        ObjectNode d = c.detail().deepCopy();
        d.put("updatedAt", events.world.kernel().epochSeconds());
        for (String member : TASK_TIMES) {
            JsonNode v = d.get(member);
            if (v != null && v.isNumber()) d.put(member, iso(v.asDouble()));
        }
        e.set("detail", d);
        return e;
    }

    /** Epoch seconds as the ISO 8601 string ECS events carry, e.g. {@code 2026-03-02T09:00:05.123Z}. */
    static String iso(double epochSeconds) {
        Instant t = Instant.ofEpochMilli(Math.round(epochSeconds * 1000));
        return t.getNano() == 0 ? t.toString() : t.truncatedTo(ChronoUnit.MILLIS).toString();
    }

    /** The scheduled event a schedule rule sends ({@code aws.events} / {@code Scheduled Event}). */
    static ObjectNode scheduled(Events events, Rule rule) {
        ObjectNode e = envelope(events, "aws.events", "Scheduled Event", rule.region);
        e.withArray("resources").add(rule.arn);
        e.putObject("detail");
        return e;
    }

    /** The event given to TestEventPattern: a JSON object with every envelope member; else ValidationException. */
    static ObjectNode parseTestEvent(String text) {
        JsonNode node;
        try {
            node = EventPattern.EXACT.readTree(text);
        } catch (Exception e) {
            throw AwsException.client("ValidationException", "Parameter Event is not valid.");
        }
        if (!(node instanceof ObjectNode event)) throw AwsException.client("ValidationException", "Parameter Event is not valid.");
        for (String member : REQUIRED) {
            if (!event.has(member)) throw AwsException.client("ValidationException", "Parameter Event is not valid.");
        }
        return event;
    }
}
