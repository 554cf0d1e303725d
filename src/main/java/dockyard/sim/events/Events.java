package dockyard.sim.events;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dockyard.sim.AwsException;
import dockyard.sim.AwsService;
import dockyard.sim.Caller;
import dockyard.sim.Ids;
import dockyard.sim.Json;
import dockyard.sim.World;
import dockyard.sim.cloudwatch.CloudWatch;
import dockyard.sim.ecs.TaskStateChange;
import dockyard.sim.iam.Iam;
import dockyard.sim.s3.ObjectCreated;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Amazon EventBridge: the default event bus of each region, its rules (event pattern or schedule) and their targets.
 * Events come from S3 ({@code aws.s3} / {@code Object Created}, for buckets with EventBridge notifications on), ECS
 * ({@code aws.ecs} / {@code ECS Task State Change}) and {@code PutEvents}; schedules fire on the kernel's virtual time
 * at minute boundaries (UTC). An ECS cluster target is delivered by calling ECS's public {@code RunTask} as the
 * target's role. PascalCase members, as EventBridge's API has them.
 *
 * <p>Invariants: rules are kept per region in name order; deliveries run as kernel events (ordered by time and
 * sequence) and ids come from a stream derived from the seed, so the same seed and the same commands always start
 * the same tasks with the same ids.
 */
public final class Events implements AwsService {
    static final Set<String> OPERATIONS = Set.of("PutRule", "DescribeRule", "ListRules", "DeleteRule", "EnableRule",
            "DisableRule", "PutTargets", "ListTargetsByRule", "RemoveTargets", "TestEventPattern", "PutEvents");
    final World world;
    /**
     * Event ids, request ids and role session names: a stream derived from the world's seed, so that events (which
     * ECS emits for every task once a pattern rule exists) do not shift the ids other services draw.
     */
    final Ids ids;
    /** "region/name" → rule, in name order within a region. */
    final Map<String, Rule> rules = new TreeMap<>();
    final Delivery delivery;
    private final RuleOps ruleOps;
    private final TargetOps targetOps;
    private boolean listening;

    public Events(World world) {
        this.world = world;
        this.ids = Ids.derived(world.kernel().seed(), "events");
        this.delivery = new Delivery(this);
        this.ruleOps = new RuleOps(this);
        this.targetOps = new TargetOps(this);
    }

    @Override public String name() { return "events"; }

    @Override public Set<String> operations() { return OPERATIONS; }

    @Override
    public ObjectNode invoke(String operation, ObjectNode in, Caller caller) {
        if (!caller.unrestricted()) {
            String rule = Json.text(in, "Name", Json.text(in, "Rule", null));
            String resource = rule == null ? "*" : ruleArn(caller.region(), rule);
            world.service(Iam.class).require(caller, "events:" + operation, resource);
        }
        return switch (operation) {
            case "PutTargets", "ListTargetsByRule", "RemoveTargets" -> targetOps.invoke(operation, in, caller);
            case "PutEvents" -> PutEvents.invoke(this, in, caller.region());
            case "TestEventPattern" -> testEventPattern(in);
            default -> ruleOps.invoke(operation, in, caller.region());
        };
    }

    // ---- typed API for tests and views ----------------------------------------------------------------------

    /**
     * What CloudWatch's {@code AWS/Events} metrics have counted for a rule so far: {@code MatchedEvents},
     * {@code TriggeredRules}, {@code Invocations}, {@code FailedInvocations}; empty when the rule does not exist.
     */
    public Map<String, Long> ruleMetrics(String region, String ruleName) {
        Rule r = rules.get(region + "/" + ruleName);
        if (r == null) return Map.of();
        Map<String, Long> m = new TreeMap<>();
        m.put("MatchedEvents", r.matchedEvents);
        m.put("TriggeredRules", r.triggeredRules);
        m.put("Invocations", r.invocations);
        m.put("FailedInvocations", r.failedInvocations);
        return m;
    }

    // ---- shared by the operations ---------------------------------------------------------------------------

    static String ruleArn(String region, String name) {
        return "arn:aws:events:" + region + ":" + Caller.ACCOUNT + ":rule/" + name;
    }

    /** Only the default bus exists: "default" or its ARN. */
    static void requireDefaultBus(ObjectNode in, String region) {
        String bus = Json.text(in, "EventBusName", "default");
        if (!bus.equals("default") && !bus.equals("arn:aws:events:" + region + ":" + Caller.ACCOUNT + ":event-bus/default")) {
            throw AwsException.client("ResourceNotFoundException", "Event bus " + bus + " does not exist.");
        }
    }

    Rule rule(String region, String name) {
        Rule r = rules.get(region + "/" + name);
        if (r == null) throw AwsException.client("ResourceNotFoundException", "Rule " + name + " does not exist on EventBus default.");
        return r;
    }

    /** Starts listening to S3 and ECS on the kernel once the first pattern rule exists (ECS builds its events only then). */
    void listen() {
        if (listening) return;
        listening = true;
        world.kernel().subscribe(ObjectCreated.class, e -> publish(Envelopes.objectCreated(this, e)));
        world.kernel().subscribe(TaskStateChange.class, e -> publish(Envelopes.taskStateChange(this, e)));
    }

    /** Routes one event on its region's default bus: every ENABLED pattern rule that matches invokes its targets. */
    void publish(ObjectNode event) {
        String region = event.path("region").asText();
        List<Rule> matched = new ArrayList<>();
        for (Rule r : rules.values()) {
            if (r.region.equals(region) && r.enabled() && r.pattern != null && r.pattern.matches(event)) matched.add(r);
        }
        for (Rule r : matched) {
            count(r, "MatchedEvents");
            count(r, "TriggeredRules");
            delivery.invokeTargets(r, event);
        }
    }

    /** Counts one occurrence of a rule metric, and publishes it to CloudWatch ({@code AWS/Events}, dimension RuleName). */
    void count(Rule r, String metric) {
        switch (metric) {
            case "MatchedEvents" -> r.matchedEvents++;
            case "TriggeredRules" -> r.triggeredRules++;
            case "Invocations" -> r.invocations++;
            default -> r.failedInvocations++;
        }
        world.service(CloudWatch.class).put(r.region, "AWS/Events", metric, Map.of("RuleName", r.name), 1, "Count");
    }

    private ObjectNode testEventPattern(ObjectNode in) {
        EventPattern pattern = EventPattern.parse(Json.requiredText(in, "EventPattern", "ValidationException"));
        ObjectNode event = Envelopes.parseTestEvent(Json.requiredText(in, "Event", "ValidationException"));
        ObjectNode out = Json.object();
        out.put("Result", pattern.matches(event));
        return out;
    }
}
