package dockyard.sim.cloudwatch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dockyard.sim.AwsService;
import dockyard.sim.Caller;
import dockyard.sim.Json;
import dockyard.sim.World;
import dockyard.sim.iam.Iam;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Amazon CloudWatch metrics, as far as services in the sandbox publish them (today: EventBridge's {@code AWS/Events}
 * rule metrics). Services add datapoints with {@link #put}; learners read them with GetMetricStatistics and
 * ListMetrics. PascalCase members; timestamps in epoch seconds. Each metric keeps its newest {@value #KEPT} datapoints.
 */
public final class CloudWatch implements AwsService {
    static final Set<String> OPERATIONS = Set.of("GetMetricStatistics", "ListMetrics");
    /** Datapoints kept per metric (the oldest are dropped first). */
    static final int KEPT = 10_000;
    private final World world;
    /** Metric identity (region, namespace, name, dimensions in name order) → its datapoints, oldest first. */
    final Map<MetricId, List<Datapoint>> metrics = new TreeMap<>();

    /**
     * One metric's identity.
     *
     * @param dimensions dimension name → value, in name order
     */
    record MetricId(String region, String namespace, String name, TreeMap<String, String> dimensions) implements Comparable<MetricId> {
        String key() {
            return region + "\u0000" + namespace + "\u0000" + name + "\u0000" + dimensions;
        }

        @Override
        public int compareTo(MetricId o) {
            return key().compareTo(o.key());
        }
    }

    /**
     * One published value.
     *
     * @param at    simulated milliseconds since the kernel epoch
     * @param value in the metric's unit
     */
    record Datapoint(long at, double value, String unit) {
    }

    public CloudWatch(World world) {
        this.world = world;
    }

    @Override public String name() { return "cloudwatch"; }

    @Override public Set<String> operations() { return OPERATIONS; }

    /** Adds one datapoint at the current simulated time (what a service's own metric publishing does). */
    public void put(String region, String namespace, String metricName, Map<String, String> dimensions, double value, String unit) {
        MetricId id = new MetricId(region, namespace, metricName, new TreeMap<>(dimensions));
        List<Datapoint> points = metrics.computeIfAbsent(id, k -> new ArrayList<>());
        points.add(new Datapoint(world.kernel().now(), value, unit));
        if (points.size() > KEPT) points.remove(0);
    }

    @Override
    public ObjectNode invoke(String operation, ObjectNode in, Caller caller) {
        if (!caller.unrestricted()) world.service(Iam.class).require(caller, "cloudwatch:" + operation, "*");
        return operation.equals("ListMetrics") ? listMetrics(in, caller.region()) : MetricStatistics.get(this, in, caller.region());
    }

    private ObjectNode listMetrics(ObjectNode in, String region) {
        String namespace = Json.text(in, "Namespace", null);
        String name = Json.text(in, "MetricName", null);
        ObjectNode out = Json.object();
        ArrayNode list = out.putArray("Metrics");
        for (MetricId id : metrics.keySet()) {
            if (!id.region().equals(region) || (namespace != null && !namespace.equals(id.namespace()))
                    || (name != null && !name.equals(id.name())) || !dimensionsMatch(in.path("Dimensions"), id.dimensions())) continue;
            ObjectNode m = list.addObject().put("Namespace", id.namespace()).put("MetricName", id.name());
            ArrayNode dims = m.putArray("Dimensions");
            id.dimensions().forEach((k, v) -> dims.addObject().put("Name", k).put("Value", v));
        }
        return out;
    }

    /** ListMetrics' filter: every given dimension is present (a missing Value matches any value). */
    private static boolean dimensionsMatch(JsonNode filters, Map<String, String> dims) {
        for (Iterator<JsonNode> it = filters.elements(); it.hasNext(); ) {
            JsonNode f = it.next();
            String v = dims.get(f.path("Name").asText());
            if (v == null || (f.hasNonNull("Value") && !f.get("Value").asText().equals(v))) return false;
        }
        return true;
    }
}
