package dockyard.sim.logs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dockyard.sim.AwsException;
import dockyard.sim.AwsService;
import dockyard.sim.Caller;
import dockyard.sim.Json;
import dockyard.sim.World;
import dockyard.sim.iam.Iam;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Amazon CloudWatch Logs: log groups and streams per region, events with epoch-millisecond timestamps, and typed
 * methods for the awslogs log driver (streams named {@code prefix/container/task-id}). API members are camelCase.
 */
public final class Logs implements AwsService {
    static final Set<String> OPERATIONS = Set.of("CreateLogGroup", "DescribeLogGroups", "DeleteLogGroup", "PutRetentionPolicy",
            "CreateLogStream", "DescribeLogStreams", "DeleteLogStream", "PutLogEvents", "GetLogEvents", "FilterLogEvents");
    /** Events kept per stream (the oldest are dropped first). */
    static final int EVENTS_KEPT = 10_000;
    private static final Pattern GROUP_NAME = Pattern.compile("[.\\-_/#A-Za-z0-9]{1,512}");
    private static final Pattern STREAM_NAME = Pattern.compile("[^:*]{1,512}");
    private final World world;
    /** "region/name" → group. */
    final Map<String, LogGroup> groups = new LinkedHashMap<>();
    private long seq;

    public Logs(World world) {
        this.world = world;
    }

    @Override public String name() { return "logs"; }

    @Override public Set<String> operations() { return OPERATIONS; }

    long nowMillis() { return world.kernel().instant().toEpochMilli(); }

    // --- typed operations for ECS's awslogs driver ---

    public boolean logGroupExists(String region, String group) {
        return groups.containsKey(region + "/" + group);
    }

    /** Creates the group if missing ({@code awslogs-create-group: true}). */
    public void createLogGroupIfMissing(String region, String group) {
        if (!logGroupExists(region, group)) createLogGroup(region, group);
    }

    public void createLogGroup(String region, String group) {
        if (!GROUP_NAME.matcher(group).matches()) {
            throw AwsException.client("InvalidParameterException", "1 validation error detected: Value '" + group
                    + "' at 'logGroupName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\.\\-_/#A-Za-z0-9]+");
        }
        if (logGroupExists(region, group)) throw AwsException.client("ResourceAlreadyExistsException", "The specified log group already exists");
        groups.put(region + "/" + group, new LogGroup(group, region, nowMillis()));
    }

    /** Creates a stream; throws ResourceNotFoundException when the group does not exist. */
    public void createLogStream(String region, String group, String stream) {
        LogGroup g = group(region, group);
        if (!STREAM_NAME.matcher(stream).matches()) {
            throw AwsException.client("InvalidParameterException", "1 validation error detected: Value '" + stream
                    + "' at 'logStreamName' failed to satisfy constraint: Member must satisfy regular expression pattern: [^:*]*");
        }
        if (g.streams.containsKey(stream)) throw AwsException.client("ResourceAlreadyExistsException", "The specified log stream already exists");
        g.streams.put(stream, new LogGroup.Stream(stream, nowMillis()));
    }

    /** {@link #createLogStream(String, String, String)} in the default region. */
    public void createLogStream(String group, String stream) {
        createLogStream(Caller.DEFAULT_REGION, group, stream);
    }

    /** Appends lines stamped with the current simulated time. */
    public void putLogEvents(String region, String group, String stream, List<String> lines) {
        LogGroup.Stream s = stream(group(region, group), stream);
        long now = nowMillis();
        for (String line : lines) append(s, now, line);
    }

    /** {@link #putLogEvents(String, String, String, List)} in the default region. */
    public void putLogEvents(String group, String stream, List<String> lines) {
        putLogEvents(Caller.DEFAULT_REGION, group, stream, lines);
    }

    /** A container log sink writing each line as one event (the stream must exist). */
    public Consumer<String> sink(String region, String group, String stream) {
        return line -> {
            LogGroup g = groups.get(region + "/" + group);
            LogGroup.Stream s = g == null ? null : g.streams.get(stream);
            if (s != null) append(s, nowMillis(), line);
        };
    }

    /** The messages of a stream, oldest first (for tests and the UI). */
    public List<String> messages(String region, String group, String stream) {
        List<String> out = new ArrayList<>();
        for (LogGroup.Event e : stream(group(region, group), stream).events) out.add(e.message());
        return out;
    }

    private void append(LogGroup.Stream s, long timestamp, String message) {
        s.events.add(new LogGroup.Event(timestamp, message, nowMillis(), seq++));
        s.storedBytes += message.getBytes(StandardCharsets.UTF_8).length + 26;
        if (s.events.size() > EVENTS_KEPT) s.events.remove(0);
    }

    LogGroup group(String region, String name) {
        LogGroup g = groups.get(region + "/" + name);
        if (g == null) throw AwsException.client("ResourceNotFoundException", "The specified log group does not exist.");
        return g;
    }

    static LogGroup.Stream stream(LogGroup g, String name) {
        LogGroup.Stream s = g.streams.get(name);
        if (s == null) throw AwsException.client("ResourceNotFoundException", "The specified log stream does not exist.");
        return s;
    }

    // --- the API ---

    @Override
    public ObjectNode invoke(String operation, ObjectNode in, Caller caller) {
        String region = caller.region();
        String groupName = Json.text(in, "logGroupName", null);
        String arn = groupName == null ? "arn:aws:logs:" + region + ":" + Caller.ACCOUNT + ":log-group:*"
                : "arn:aws:logs:" + region + ":" + Caller.ACCOUNT + ":log-group:" + groupName + ":*";
        if (!caller.unrestricted()) world.service(Iam.class).require(caller, "logs:" + operation, arn);
        return LogsOperations.invoke(this, operation, in, region);
    }

    static String required(JsonNode in, String member) {
        JsonNode v = in.get(member);
        if (v == null || v.isNull() || v.asText().isEmpty()) {
            throw AwsException.client("InvalidParameterException", "1 validation error detected: Value null at '" + member
                    + "' failed to satisfy constraint: Member must not be null");
        }
        return v.asText();
    }

    static ArrayNode arrayOf(ObjectNode parent, String name) {
        return parent.putArray(name);
    }
}
