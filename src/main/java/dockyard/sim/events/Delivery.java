package dockyard.sim.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dockyard.sim.AwsException;
import dockyard.sim.Caller;
import dockyard.sim.Json;
import dockyard.sim.Kernel;
import dockyard.sim.iam.Iam;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Fires schedules and delivers matched events to targets, each delivery a kernel event at the instant of the match.
 * An ECS target runs ECS's public {@code RunTask} as its role (EB {@code eb-targets}; DG {@code CWE_IAM_role}): the role
 * must trust {@code events.amazonaws.com}, and RunTask itself checks {@code ecs:RunTask} and {@code iam:PassRole} for the
 * task's roles. A refusal counts as a {@code FailedInvocation} and starts nothing. Tasks started this way have
 * {@code startedBy} = {@code events-rule/<rule name>}, as in the ECS console's "Started by" column.
 */
final class Delivery {
    static final String EVENTS_PRINCIPAL = "events.amazonaws.com";
    private final Events events;

    Delivery(Events events) {
        this.events = events;
    }

    private Kernel kernel() { return events.world.kernel(); }

    /** (Re)starts or stops a rule's schedule after PutRule, EnableRule or DisableRule. */
    void reschedule(Rule r) {
        if (r.nextFiring != null) r.nextFiring.cancel();
        r.nextFiring = null;
        if (r.schedule == null || !r.enabled()) return;
        r.anchorMillis = kernel().now();
        scheduleNext(r);
    }

    private void scheduleNext(Rule r) {
        long now = kernel().now();
        long next = r.schedule.nextAfter(now, r.anchorMillis);
        if (next < 0) return;
        r.nextFiring = kernel().schedule(next - now, () -> fire(r));
    }

    private void fire(Rule r) {
        r.nextFiring = null;
        if (events.rules.get(r.region + "/" + r.name) != r || !r.enabled() || r.schedule == null) return;
        events.count(r, "MatchedEvents");
        events.count(r, "TriggeredRules");
        invokeTargets(r, Envelopes.scheduled(events, r));
        scheduleNext(r);
    }

    /** Queues one delivery per target, at the current simulated instant, in target order. */
    void invokeTargets(Rule r, ObjectNode event) {
        for (ObjectNode target : List.copyOf(r.targets.values())) {
            kernel().schedule(0, () -> invoke(r, target, event));
        }
    }

    private void invoke(Rule r, ObjectNode target, ObjectNode event) {
        String id = target.path("Id").asText();
        try {
            ObjectNode result = runTask(r, target, event);
            events.count(r, "Invocations");
            StringBuilder started = new StringBuilder();
            for (JsonNode t : result.path("tasks")) started.append(started.length() == 0 ? "" : ", ").append(t.path("taskArn").asText());
            String message = "Rule " + r.name + " target " + id + " ran RunTask: "
                    + (started.length() == 0 ? "no task started" : "started " + started);
            for (JsonNode f : result.path("failures")) message += "; failure " + f.path("reason").asText() + " " + f.path("arn").asText("");
            events.world.timeline().record("events", "Invocation", r.arn, message);
        } catch (AwsException e) {
            events.count(r, "FailedInvocations");
            events.world.timeline().record("events", "FailedInvocation", r.arn,
                    "Rule " + r.name + " target " + id + " failed: " + e.code() + ": " + e.getMessage());
        }
    }

    private ObjectNode runTask(Rule r, ObjectNode target, ObjectNode event) {
        String cluster = target.path("Arn").asText();
        String roleArn = target.path("RoleArn").asText();
        Iam iam = events.world.service(Iam.class);
        if (!iam.roleExists(roleArn)) {
            throw AwsException.client("AccessDeniedException", "EventBridge could not assume role " + roleArn + ": it does not exist.");
        }
        if (!iam.trusts(roleArn, EVENTS_PRINCIPAL)) {
            throw AwsException.client("AccessDeniedException", "EventBridge could not assume role " + roleArn
                    + ": its trust policy does not allow " + EVENTS_PRINCIPAL + " to assume it.");
        }
        String region = cluster.split(":")[3];
        String roleName = roleArn.substring(roleArn.lastIndexOf('/') + 1);
        Caller asRole = Caller.role("arn:aws:sts::" + Caller.ACCOUNT + ":assumed-role/" + roleName + "/" + events.ids.hex(32), region);
        ObjectNode in = runTaskInput(r, target, event, cluster);
        return events.world.invoke("ecs", "RunTask", in, asRole);
    }

    /** EcsParameters (PascalCase) → RunTask's request (camelCase), with overrides from Input or InputTransformer. */
    private ObjectNode runTaskInput(Rule r, ObjectNode target, ObjectNode event, String cluster) {
        JsonNode p = target.path("EcsParameters");
        ObjectNode in = Json.object();
        in.put("cluster", cluster);
        in.put("taskDefinition", p.path("TaskDefinitionArn").asText());
        in.put("count", p.path("TaskCount").asInt(1));
        in.put("startedBy", "events-rule/" + r.name);
        copy(p, in, "LaunchType", "launchType");
        copy(p, in, "PlatformVersion", "platformVersion");
        copy(p, in, "Group", "group");
        copy(p, in, "PropagateTags", "propagateTags");
        copy(p, in, "ReferenceId", "referenceId");
        copy(p, in, "EnableECSManagedTags", "enableECSManagedTags");
        copy(p, in, "EnableExecuteCommand", "enableExecuteCommand");
        for (String list : new String[]{"CapacityProviderStrategy", "PlacementConstraints", "PlacementStrategy", "Tags"}) {
            if (p.has(list)) in.set(camel(list), camelKeys(p.get(list)));
        }
        if (p.has("NetworkConfiguration")) in.set("networkConfiguration", camelKeys(p.get("NetworkConfiguration")));
        JsonNode overrides = overrides(r, target, event);
        if (overrides != null) in.set("overrides", overrides);
        return in;
    }

    private JsonNode overrides(Rule r, ObjectNode target, ObjectNode event) {
        String text;
        if (target.hasNonNull("Input")) {
            text = target.get("Input").asText();
        } else if (target.hasNonNull("InputTransformer")) {
            text = InputTransformer.apply(target.get("InputTransformer"), event, r, event.path("time").asText());
        } else if (target.hasNonNull("InputPath")) {
            JsonNode picked = InputTransformer.select(event, target.get("InputPath").asText());
            return picked != null && picked.isObject() ? picked : null;
        } else {
            return null;
        }
        try {
            JsonNode parsed = EventPattern.EXACT.readTree(text);
            if (parsed == null || !parsed.isObject()) throw new IllegalArgumentException("not an object");
            return parsed;
        } catch (Exception e) {
            throw AwsException.client("InvalidParameterException", "The target's input is not a JSON object of ECS task overrides: "
                    + text);
        }
    }

    private static void copy(JsonNode from, ObjectNode to, String member, String as) {
        if (from.has(member)) to.set(as, from.get(member));
    }

    private static String camel(String pascal) {
        return pascal.isEmpty() ? pascal : Character.toLowerCase(pascal.charAt(0)) + pascal.substring(1);
    }

    /** EventBridge spells ECS shapes in PascalCase (Subnets, AssignPublicIp); ECS wants camelCase. */
    private static JsonNode camelKeys(JsonNode node) {
        if (node.isArray()) {
            ArrayNode out = Json.array();
            node.forEach(n -> out.add(camelKeys(n)));
            return out;
        }
        if (!node.isObject()) return node;
        ObjectNode out = Json.object();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            out.set(camel(e.getKey()), camelKeys(e.getValue()));
        }
        return out;
    }
}
