package dockyard.sim.iam;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dockyard.sim.AwsException;
import dockyard.sim.Json;

import java.util.List;
import java.util.regex.Pattern;

/** Reading IAM requests and IAM's errors, shared by the IAM operation classes. */
final class IamRequests {
    private static final Pattern NAME = Pattern.compile("[\\w+=,.@-]{1,64}");

    private IamRequests() {
    }

    static ObjectNode wrap(String member, JsonNode value) {
        ObjectNode o = Json.object();
        o.set(member, value);
        return o;
    }

    static ObjectNode list(String member, List<ObjectNode> items) {
        ObjectNode o = Json.object();
        o.putArray(member).addAll(items);
        o.put("IsTruncated", false);
        return o;
    }

    static JsonNode required(ObjectNode in, String member) {
        JsonNode v = in.get(member);
        if (v == null || v.isNull()) throw validation("null", member, "Member must not be null");
        return v;
    }

    static String text(ObjectNode in, String member) {
        return required(in, member).asText();
    }

    static String name(ObjectNode in, String member) {
        String v = text(in, member);
        if (!NAME.matcher(v).matches()) {
            throw validation("'" + v + "'", member, "Member must satisfy regular expression pattern: [\\w+=,.@-]+");
        }
        return v;
    }

    static String path(ObjectNode in) {
        String p = Json.text(in, "Path", "/");
        if (!p.startsWith("/") || !p.endsWith("/")) {
            throw validation("'" + p + "'", "Path", "Member must satisfy regular expression pattern: (\\u002F)|(\\u002F[\\u0021-\\u007E]+\\u002F)");
        }
        return p;
    }

    private static AwsException validation(String value, String member, String constraint) {
        String m = Character.toLowerCase(member.charAt(0)) + member.substring(1);
        return AwsException.client("ValidationError", "1 validation error detected: Value " + value + " at '" + m
                + "' failed to satisfy constraint: " + constraint);
    }

    static AwsException noSuchEntity(String message) {
        return new AwsException("NoSuchEntity", message, 404);
    }

    static AwsException alreadyExists(String message) {
        return new AwsException("EntityAlreadyExists", message, 409);
    }

    static AwsException deleteConflict(String message) {
        return new AwsException("DeleteConflict", message, 409);
    }
}
