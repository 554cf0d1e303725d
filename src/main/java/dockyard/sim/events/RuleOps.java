package dockyard.sim.events;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dockyard.sim.AwsException;
import dockyard.sim.Caller;
import dockyard.sim.Json;

import java.util.regex.Pattern;

/** PutRule, DescribeRule, ListRules, DeleteRule, EnableRule and DisableRule, with AWS's validation and messages. */
final class RuleOps {
    /** EventBridge's default quota of rules per event bus. */
    static final int MAX_RULES = 300;
    /** Longest event pattern PutRule takes, in characters (API reference, PutRule). */
    static final int MAX_PATTERN = 4096;
    private static final Pattern NAME = Pattern.compile("[.\\-_A-Za-z0-9]{1,64}");
    private final Events events;

    RuleOps(Events events) {
        this.events = events;
    }

    ObjectNode invoke(String operation, ObjectNode in, String region) {
        Events.requireDefaultBus(in, region);
        return switch (operation) {
            case "PutRule" -> putRule(in, region);
            case "DescribeRule" -> describe(events.rule(region, name(in)));
            case "ListRules" -> listRules(in, region);
            case "DeleteRule" -> deleteRule(in, region);
            case "EnableRule" -> setState(events.rule(region, name(in)), "ENABLED");
            case "DisableRule" -> setState(events.rule(region, name(in)), "DISABLED");
            default -> throw new AwsException("UnknownOperationException", "Unknown operation " + operation, 400);
        };
    }

    static String name(ObjectNode in) {
        String name = Json.text(in, "Name", null);
        if (name == null) {
            throw AwsException.client("ValidationException", "1 validation error detected: Value null at 'name' failed to satisfy "
                    + "constraint: Member must not be null");
        }
        if (!NAME.matcher(name).matches()) {
            throw AwsException.client("ValidationException", "1 validation error detected: Value '" + name + "' at 'name' failed to "
                    + "satisfy constraint: Member must satisfy regular expression pattern: [\\.\\-_A-Za-z0-9]+");
        }
        return name;
    }

    /** Creates or replaces a rule: what is omitted on an update is cleared, as the API reference says. */
    private ObjectNode putRule(ObjectNode in, String region) {
        String name = name(in);
        String patternText = Json.text(in, "EventPattern", null);
        String expression = Json.text(in, "ScheduleExpression", null);
        if (patternText == null && expression == null) {
            throw AwsException.client("ValidationException", "Parameter(s) EventPattern or ScheduleExpression must be specified.");
        }
        if (patternText != null && patternText.length() > MAX_PATTERN) {
            throw AwsException.client("ValidationException", "1 validation error detected: Value at 'eventPattern' failed to satisfy "
                    + "constraint: Member must have length less than or equal to " + MAX_PATTERN);
        }
        EventPattern pattern = patternText == null ? null : EventPattern.parse(patternText);
        Schedule schedule = expression == null ? null : Schedule.parse(expression);
        String state = Json.text(in, "State", "ENABLED");
        if (!state.equals("ENABLED") && !state.equals("DISABLED")) {
            throw AwsException.client("ValidationException", "1 validation error detected: Value '" + state + "' at 'state' failed "
                    + "to satisfy constraint: Member must satisfy enum value set: [ENABLED, DISABLED]");
        }
        String description = Json.text(in, "Description", null);
        if (description != null && description.length() > 512) {
            throw AwsException.client("ValidationException", "1 validation error detected: Value at 'description' failed to satisfy "
                    + "constraint: Member must have length less than or equal to 512");
        }
        if (!events.rules.containsKey(region + "/" + name)
                && events.rules.values().stream().filter(x -> x.region.equals(region)).count() >= MAX_RULES) {
            throw AwsException.client("LimitExceededException", "The requested resource exceeds the maximum number allowed.");
        }
        Rule r = events.rules.computeIfAbsent(region + "/" + name, k -> new Rule(name, region, Caller.ACCOUNT));
        r.pattern = pattern;
        r.scheduleExpression = expression;
        r.schedule = schedule;
        r.description = description;
        r.roleArn = Json.text(in, "RoleArn", null);
        r.state = state;
        if (pattern != null) events.listen();
        events.delivery.reschedule(r);
        ObjectNode out = Json.object();
        out.put("RuleArn", r.arn);
        return out;
    }

    private ObjectNode describe(Rule r) {
        ObjectNode o = summary(r);
        o.put("CreatedBy", Caller.ACCOUNT);
        return o;
    }

    private static ObjectNode summary(Rule r) {
        ObjectNode o = Json.object();
        o.put("Name", r.name);
        o.put("Arn", r.arn);
        if (r.pattern != null) o.put("EventPattern", r.pattern.text());
        if (r.scheduleExpression != null) o.put("ScheduleExpression", r.scheduleExpression);
        o.put("State", r.state);
        if (r.description != null) o.put("Description", r.description);
        if (r.roleArn != null) o.put("RoleArn", r.roleArn);
        o.put("EventBusName", "default");
        return o;
    }

    private ObjectNode listRules(ObjectNode in, String region) {
        String prefix = Json.text(in, "NamePrefix", "");
        ObjectNode out = Json.object();
        ArrayNode list = out.putArray("Rules");
        for (Rule r : events.rules.values()) {
            if (r.region.equals(region) && r.name.startsWith(prefix)) list.add(summary(r));
        }
        return out;
    }

    /** Refused while the rule has targets; deleting a rule that does not exist succeeds (API reference, DeleteRule). */
    private ObjectNode deleteRule(ObjectNode in, String region) {
        String name = name(in);
        Rule r = events.rules.get(region + "/" + name);
        if (r != null) {
            if (!r.targets.isEmpty()) throw AwsException.client("ValidationException", "Rule can't be deleted since it has targets.");
            events.rules.remove(region + "/" + name);
            if (r.nextFiring != null) r.nextFiring.cancel();
        }
        return Json.object();
    }

    private ObjectNode setState(Rule r, String state) {
        boolean changed = !state.equals(r.state);
        r.state = state;
        if (changed) events.delivery.reschedule(r);
        return Json.object();
    }
}
