package dockyard.sim.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dockyard.sim.AwsException;
import dockyard.sim.Caller;
import dockyard.sim.Json;
import dockyard.sim.iam.Iam;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * PutTargets, ListTargetsByRule and RemoveTargets. An ECS cluster is the one target this sandbox can honour; the ARN
 * of a service it does not simulate is refused in {@code FailedEntries} with a clear message, never stored as if it
 * could be delivered.
 */
final class TargetOps {
    private static final Pattern ID = Pattern.compile("[.\\-_A-Za-z0-9]{1,64}");
    private static final Pattern ECS_CLUSTER = Pattern.compile("arn:aws:ecs:[a-z0-9-]+:\\d{12}:cluster/[a-zA-Z0-9_-]{1,255}");
    private static final Pattern ARN = Pattern.compile("arn:aws[a-z-]*:([a-z0-9-]+):.*");
    private final Events events;

    TargetOps(Events events) {
        this.events = events;
    }

    ObjectNode invoke(String operation, ObjectNode in, Caller caller) {
        String region = caller.region();
        Events.requireDefaultBus(in, region);
        String ruleName = Json.requiredText(in, "Rule", "ValidationException");
        Rule rule = events.rule(region, ruleName);
        return switch (operation) {
            case "PutTargets" -> putTargets(rule, in, caller);
            case "ListTargetsByRule" -> {
                ObjectNode out = Json.object();
                ArrayNode list = out.putArray("Targets");
                rule.targets.values().forEach(t -> list.add(t.deepCopy()));
                yield out;
            }
            default -> removeTargets(rule, in);
        };
    }

    private ObjectNode putTargets(Rule rule, ObjectNode in, Caller caller) {
        JsonNode targets = in.path("Targets");
        if (!targets.isArray() || targets.isEmpty() || targets.size() > 10) {
            throw AwsException.client("ValidationException", "1 validation error detected: Value at 'targets' failed to satisfy "
                    + "constraint: Member must have length less than or equal to 10 and greater than or equal to 1");
        }
        Map<String, ObjectNode> accepted = new LinkedHashMap<>();
        ObjectNode out = Json.object();
        ArrayNode failed = Json.array();
        for (JsonNode t : targets) {
            String id = t.path("Id").asText("");
            if (!ID.matcher(id).matches()) {
                throw AwsException.client("ValidationException", "1 validation error detected: Value '" + id + "' at 'targets.1.member.id'"
                        + " failed to satisfy constraint: Member must satisfy regular expression pattern: [\\.\\-_A-Za-z0-9]+");
            }
            String arn = Json.requiredText(t, "Arn", "ValidationException");
            String refusal = refusal(arn);
            if (refusal != null) {
                failed.addObject().put("TargetId", id).put("ErrorCode", "ValidationException").put("ErrorMessage", refusal);
                continue;
            }
            ObjectNode target = validEcsTarget((ObjectNode) t, arn);
            // Whoever puts a target with a role passes that role to EventBridge (EB eb-use-identity-based, iam:PassRole).
            if (!caller.unrestricted()) {
                events.world.service(Iam.class).require(caller, "iam:PassRole", target.get("RoleArn").asText());
            }
            accepted.put(id, target);
        }
        long total = rule.targets.keySet().stream().filter(k -> !accepted.containsKey(k)).count() + accepted.size();
        if (total > Rule.MAX_TARGETS) {
            throw AwsException.client("LimitExceededException", "The requested resource exceeds the maximum number allowed.");
        }
        rule.targets.putAll(accepted);
        out.put("FailedEntryCount", failed.size());
        out.set("FailedEntries", failed);
        return out;
    }

    /** Why a target ARN cannot be delivered here, or null for an ECS cluster. */
    private static String refusal(String arn) {
        if (ECS_CLUSTER.matcher(arn).matches()) return null;
        var m = ARN.matcher(arn);
        if (!m.matches()) return "Target arn " + arn + " is not a valid ARN.";
        String service = m.group(1);
        if (service.equals("ecs")) {
            return "An ECS target's Arn is the cluster ARN (arn:aws:ecs:REGION:ACCOUNT:cluster/NAME); the task definition goes in "
                    + "EcsParameters.TaskDefinitionArn.";
        }
        return "This sandbox does not simulate the " + service + " service, so EventBridge cannot deliver to " + arn
                + ". Targets it can deliver to: an ECS cluster (with RoleArn and EcsParameters).";
    }

    /** Checks an ECS target as EventBridge does when it is put, and fills in TaskCount's default of 1. */
    private static ObjectNode validEcsTarget(ObjectNode t, String arn) {
        if (!t.hasNonNull("RoleArn")) throw AwsException.client("ValidationException", "RoleArn is required for target " + arn + ".");
        JsonNode ecs = t.get("EcsParameters");
        if (ecs == null || !ecs.isObject() || !ecs.hasNonNull("TaskDefinitionArn")) {
            throw AwsException.client("ValidationException", "EcsParameters.TaskDefinitionArn is required for target " + arn + ".");
        }
        int inputs = (t.hasNonNull("Input") ? 1 : 0) + (t.hasNonNull("InputPath") ? 1 : 0) + (t.hasNonNull("InputTransformer") ? 1 : 0);
        if (inputs > 1) {
            throw AwsException.client("ValidationException", "Only one of Input, InputPath, or InputTransformer must be provided.");
        }
        if (t.hasNonNull("Input")) InputTransformer.requireJson(t.get("Input").asText(), "Input");
        if (t.hasNonNull("InputTransformer")) InputTransformer.validate(t.get("InputTransformer"));
        ObjectNode copy = t.deepCopy();
        ObjectNode params = (ObjectNode) copy.get("EcsParameters");
        if (!params.has("TaskCount")) params.put("TaskCount", 1);
        int count = params.path("TaskCount").asInt(1);
        if (count < 1) {
            throw AwsException.client("ValidationException", "1 validation error detected: Value '" + count + "' at 'taskCount' failed "
                    + "to satisfy constraint: Member must have value greater than or equal to 1");
        }
        return copy;
    }

    private ObjectNode removeTargets(Rule rule, ObjectNode in) {
        JsonNode ids = in.path("Ids");
        if (!ids.isArray() || ids.isEmpty()) {
            throw AwsException.client("ValidationException", "1 validation error detected: Value null at 'ids' failed to satisfy "
                    + "constraint: Member must not be null");
        }
        ids.forEach(id -> rule.targets.remove(id.asText()));
        ObjectNode out = Json.object();
        out.put("FailedEntryCount", 0);
        out.putArray("FailedEntries");
        return out;
    }
}
