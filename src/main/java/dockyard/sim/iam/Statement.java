package dockyard.sim.iam;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** One statement of a policy: Effect, Action/NotAction, Resource/NotResource, Principal, Condition. */
record Statement(boolean deny, List<String> actions, boolean notAction, List<String> resources, boolean notResource,
                 List<String> servicePrincipals, JsonNode condition) {

    static Statement parse(JsonNode s, boolean trust) {
        String effect = s.path("Effect").asText("");
        if (!effect.equals("Allow") && !effect.equals("Deny")) {
            throw PolicyDocument.malformed(effect.isEmpty() ? "Missing required field Effect" : "Invalid effect: " + effect);
        }
        boolean notAction = s.has("NotAction");
        List<String> actions = strings(notAction ? s.get("NotAction") : s.get("Action"));
        if (actions.isEmpty()) throw PolicyDocument.malformed("Missing required field Action");
        for (String a : actions) {
            if (!a.equals("*") && !a.contains(":")) throw PolicyDocument.malformed("Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.");
        }
        boolean notResource = s.has("NotResource");
        List<String> resources = strings(notResource ? s.get("NotResource") : s.get("Resource"));
        List<String> services = new ArrayList<>();
        JsonNode principal = s.get("Principal");
        if (trust) {
            if (principal == null) throw PolicyDocument.malformed("Missing required field Principal");
            if (s.has("Resource") || s.has("NotResource")) throw PolicyDocument.malformed("Has prohibited field Resource");
            if (principal.isObject()) services.addAll(strings(principal.get("Service")));
        } else {
            if (principal != null || s.has("NotPrincipal")) throw PolicyDocument.malformed("Policy document should not specify a principal.");
            if (resources.isEmpty()) throw PolicyDocument.malformed("Policy statement must contain resources.");
        }
        return new Statement(effect.equals("Deny"), List.copyOf(actions), notAction, List.copyOf(resources), notResource,
                List.copyOf(services), s.get("Condition"));
    }

    private static List<String> strings(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n == null || n.isNull()) return out;
        if (n.isArray()) n.forEach(e -> out.add(e.asText()));
        else out.add(n.asText());
        return out;
    }

    boolean matchesAction(String action) {
        boolean any = actions.stream().anyMatch(p -> Wildcards.matches(p, action, true));
        return notAction != any;
    }

    boolean namesService(String service) {
        return servicePrincipals.contains(service);
    }

    boolean appliesTo(String action, String resource, Map<String, String> context) {
        if (!matchesAction(action)) return false;
        boolean any = resources.stream().anyMatch(p -> Wildcards.matches(p, resource, false));
        if (notResource == any) return false;
        return conditionHolds(context);
    }

    /**
     * Condition operators the simulator knows: StringEquals/Like (and Not, IgnoreCase), ArnEquals/Like, Bool.
     * A missing key makes a positive operator false and a negated one true, as IAM does; an unknown
     * operator never matches (reference_policies_elements_condition_operators).
     */
    private boolean conditionHolds(Map<String, String> context) {
        if (condition == null || !condition.isObject()) return true;
        for (Iterator<Map.Entry<String, JsonNode>> ops = condition.fields(); ops.hasNext(); ) {
            Map.Entry<String, JsonNode> op = ops.next();
            String operator = op.getKey().replace("ForAnyValue:", "").replace("ForAllValues:", "").replace("IfExists", "");
            for (Iterator<Map.Entry<String, JsonNode>> keys = op.getValue().fields(); keys.hasNext(); ) {
                Map.Entry<String, JsonNode> k = keys.next();
                String actual = context.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(k.getKey()))
                        .map(Map.Entry::getValue).findFirst().orElse(null);
                if (!holds(operator, actual, strings(k.getValue()))) return false;
            }
        }
        return true;
    }

    private static boolean holds(String operator, String actual, List<String> expected) {
        boolean negated = operator.contains("Not");
        if (actual == null) return negated;
        boolean ignoreCase = operator.endsWith("IgnoreCase");
        boolean like = operator.contains("Like") || operator.startsWith("Arn");
        boolean any = switch (operator.replace("Not", "").replace("IgnoreCase", "")) {
            case "StringEquals", "StringLike", "ArnEquals", "ArnLike", "Bool" -> expected.stream().anyMatch(e -> like
                    ? Wildcards.matches(e, actual, ignoreCase)
                    : (ignoreCase || operator.equals("Bool") ? e.equalsIgnoreCase(actual) : e.equals(actual)));
            default -> false;
        };
        return negated != any;
    }
}
