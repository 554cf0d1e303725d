package dockyard.sim.events;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dockyard.sim.Kernel;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One rule on a region's default event bus: an event pattern or a schedule (never both absent), a state, and up to
 * {@value #MAX_TARGETS} targets kept in the order they were first put. Counts what CloudWatch's {@code AWS/Events}
 * metrics would show for it. Mutable; owned by {@link Events}.
 */
final class Rule {
    /** EventBridge's quota of targets per rule. */
    static final int MAX_TARGETS = 5;
    final String name;
    final String region;
    final String arn;
    EventPattern pattern;
    String scheduleExpression;
    Schedule schedule;
    String state;
    String description;
    String roleArn;
    final Map<String, ObjectNode> targets = new LinkedHashMap<>();
    /** The next scheduled firing while the rule is ENABLED and has a schedule. */
    Kernel.Scheduled nextFiring;
    /** Simulated ms from which a rate schedule counts its periods (when it was last put or enabled). */
    long anchorMillis;
    long matchedEvents;
    long triggeredRules;
    long invocations;
    long failedInvocations;

    Rule(String name, String region, String account) {
        this.name = name;
        this.region = region;
        this.arn = "arn:aws:events:" + region + ":" + account + ":rule/" + name;
    }

    boolean enabled() {
        return "ENABLED".equals(state);
    }
}
