package dockyard.sim.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dockyard.sim.AwsException;
import dockyard.sim.Caller;
import dockyard.sim.Json;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * PutEvents: up to 10 custom events per call onto the region's default bus. Each entry is accepted (an
 * {@code EventId}) or refused on its own ({@code ErrorCode}/{@code ErrorMessage}), as the API reference describes;
 * sources starting with {@code aws.} are reserved for AWS services.
 */
final class PutEvents {
    private static final int MAX_DETAIL_BYTES = 256 * 1024;

    private PutEvents() {
    }

    static ObjectNode invoke(Events events, ObjectNode in, String region) {
        JsonNode entries = in.path("Entries");
        if (!entries.isArray() || entries.isEmpty() || entries.size() > 10) {
            throw AwsException.client("ValidationException", "1 validation error detected: Value at 'entries' failed to satisfy "
                    + "constraint: Member must have length less than or equal to 10 and greater than or equal to 1");
        }
        ObjectNode out = Json.object();
        ArrayNode results = out.putArray("Entries");
        int failed = 0;
        for (JsonNode entry : entries) {
            ObjectNode result = results.addObject();
            String error = refusal(entry, region);
            if (error != null) {
                failed++;
                int colon = error.indexOf(':');
                result.put("ErrorCode", error.substring(0, colon)).put("ErrorMessage", error.substring(colon + 2));
                continue;
            }
            ObjectNode event = Envelopes.envelope(events, entry.get("Source").asText(), entry.get("DetailType").asText(), region);
            if (entry.hasNonNull("Time")) event.put("time", Envelopes.time(time(entry.get("Time"))));
            entry.path("Resources").forEach(r -> event.withArray("resources").add(r.asText()));
            try {
                event.set("detail", EventPattern.EXACT.readTree(entry.get("Detail").asText()));
            } catch (Exception e) {
                throw new IllegalStateException("detail was checked", e);
            }
            result.put("EventId", event.get("id").asText());
            events.publish(event);
        }
        out.put("FailedEntryCount", failed);
        return out;
    }

    /** An entry's Time: epoch seconds, or ISO 8601 text (UTC when it has no offset); null when it is neither. */
    static Instant time(JsonNode v) {
        if (v.isNumber()) return Instant.ofEpochMilli(Math.round(v.asDouble() * 1000));
        String text = v.asText().trim();
        try {
            if (text.matches("\\d+(\\.\\d+)?")) return Instant.ofEpochMilli(Math.round(Double.parseDouble(text) * 1000));
            if (text.endsWith("Z") || text.matches(".*[+-]\\d\\d:\\d\\d$")) return OffsetDateTime.parse(text).toInstant();
            return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException | NumberFormatException e) {
            return null;
        }
    }

    /** "Code: message" for an entry EventBridge would refuse, or null. */
    private static String refusal(JsonNode entry, String region) {
        String bus = entry.path("EventBusName").asText("default");
        if (!bus.equals("default") && !bus.equals("arn:aws:events:" + region + ":" + Caller.ACCOUNT + ":event-bus/default")) {
            return "ResourceNotFoundException: Event bus " + bus + " does not exist.";
        }
        if (entry.hasNonNull("Time") && time(entry.get("Time")) == null) {
            return "InvalidArgument: Parameter Time is not valid. Reason: " + entry.get("Time").asText() + " is not a timestamp.";
        }
        String source = entry.path("Source").asText("");
        if (source.isEmpty()) return "InvalidArgument: Parameter Source is not valid. Reason: Source is a required argument.";
        if (source.startsWith("aws.")) return "NotAuthorizedForSourceException: Not authorized for the source.";
        if (entry.path("DetailType").asText("").isEmpty()) {
            return "InvalidArgument: Parameter DetailType is not valid. Reason: DetailType is a required argument.";
        }
        String detail = entry.path("Detail").asText("");
        if (detail.isEmpty()) return "InvalidArgument: Parameter Detail is not valid. Reason: Detail is a required argument.";
        if (detail.length() > MAX_DETAIL_BYTES) return "InvalidArgument: Parameter Detail is not valid. Reason: Detail is too large.";
        try {
            if (!EventPattern.EXACT.readTree(detail).isObject()) return "MalformedDetail: Detail is malformed.";
        } catch (Exception e) {
            return "MalformedDetail: Detail is malformed.";
        }
        return null;
    }
}
