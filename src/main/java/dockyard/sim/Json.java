package dockyard.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;

/** JSON helpers shared by the services; the mapper is configured once and never changed. */
public final class Json {
    public static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private Json() {
    }

    public static ObjectNode object() { return F.objectNode(); }

    public static ArrayNode array() { return F.arrayNode(); }

    /** AWS's JSON protocol sends timestamps as epoch seconds with a fraction. */
    public static double epochSeconds(Instant t) {
        return t.toEpochMilli() / 1000.0;
    }

    /** A required string member, or AWS's error when it is missing or blank. */
    public static String requiredText(JsonNode input, String member, String errorCode) {
        JsonNode v = input.get(member);
        if (v == null || v.isNull() || !v.isTextual() || v.asText().isEmpty()) {
            throw AwsException.client(errorCode, member + " must not be null or empty.");
        }
        return v.asText();
    }

    public static String text(JsonNode input, String member, String fallback) {
        JsonNode v = input.get(member);
        return v == null || v.isNull() ? fallback : v.asText();
    }
}
