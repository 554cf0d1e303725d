package dockyard.sim.ecs;

import com.fasterxml.jackson.databind.JsonNode;
import dockyard.sim.AwsException;
import dockyard.sim.Ids;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Task placement on EC2 in AWS's order (DG task-placement): (1) instances with the CPU, memory, ports and
 * ENIs the task needs, (2) placement constraints (distinctInstance, memberOf), (3) strategies in the given
 * order (binpack, spread, random), each narrowing the candidates, (4) a seeded random pick among any that
 * remain tied. Constraints bind; strategies only rank. An instance that fails reports AWS's reason:
 * {@code AGENT}, {@code RESOURCE:CPU|MEMORY|PORTS|ENI}, {@code LOCATION}, or the unsatisfied constraint.
 *
 * <p>distinctInstance here means: no other active task of the same task group on the instance (standalone
 * tasks' group defaults to {@code family:<name>}).
 */
final class Placement {
    /** One placement strategy; {@code field} is lower-cased for binpack, as given for spread. */
    record Strategy(String type, String field) {
    }

    /** What a task needs from an instance. */
    record Need(int cpu, int memory, List<TaskDefinition.PortMapping> staticPorts, boolean eni, Set<String> azs,
                String group, List<ClusterQuery> memberOf, boolean distinct) {
    }

    /** The chosen instance, or null with the reasons each instance was refused (ARN → reason, cluster order). */
    record Result(ContainerInstance chosen, Map<String, String> failures) {
    }

    private Placement() {
    }

    static List<Strategy> strategies(JsonNode in) {
        List<Strategy> out = new ArrayList<>();
        if (in != null && in.size() > 5) throw AwsException.client("InvalidParameterException", "The maximum number of placement strategies is 5.");
        for (JsonNode s : in == null ? List.<JsonNode>of() : in) {
            String type = s.path("type").asText("");
            String field = s.path("field").asText("");
            switch (type) {
                case "random" -> out.add(new Strategy(type, ""));
                case "binpack" -> {
                    String f = field.toLowerCase(java.util.Locale.ROOT);
                    if (!f.equals("cpu") && !f.equals("memory")) {
                        throw AwsException.client("InvalidParameterException", "Invalid placement strategy field '" + field + "' for binpack. Valid fields are cpu and memory.");
                    }
                    out.add(new Strategy(type, f));
                }
                case "spread" -> {
                    if (!(field.equalsIgnoreCase("instanceId") || field.equalsIgnoreCase("host") || field.startsWith("attribute:"))) {
                        throw AwsException.client("InvalidParameterException", "Invalid placement strategy field '" + field + "' for spread. Use instanceId, host or attribute:<name>.");
                    }
                    out.add(new Strategy(type, field));
                }
                default -> throw AwsException.client("InvalidParameterException", "Invalid placement strategy type '" + type + "'. Valid types are random, spread and binpack.");
            }
        }
        return out;
    }

    static Result place(List<ContainerInstance> cluster, Need need, List<Strategy> strategies, Ids random) {
        Batch batch = new Batch(cluster, need);
        ContainerInstance chosen = batch.choose(strategies, random);
        return new Result(chosen, chosen == null ? batch.failures() : Map.of());
    }

    /**
     * Placement of several identical tasks (one RunTask call): the resource and constraint filter runs once over
     * the cluster, then only the instance that received the last task is checked again, since nothing else changed.
     */
    static final class Batch {
        private final List<ContainerInstance> cluster;
        private final Need need;
        private final List<ContainerInstance> candidates = new ArrayList<>();

        Batch(List<ContainerInstance> cluster, Need need) {
            this.cluster = cluster;
            this.need = need;
            for (ContainerInstance ci : cluster) {
                if (ci.status.equals("ACTIVE") && refusal(ci, need) == null) candidates.add(ci);
            }
        }

        /** The instance for the next task, or null when none fits. */
        ContainerInstance choose(List<Strategy> strategies, Ids random) {
            if (candidates.isEmpty()) return null;
            return rank(cluster, candidates, need, strategies, random);
        }

        /** After a task was placed on {@code ci}: drop it if it no longer fits. */
        void placed(ContainerInstance ci) {
            if (refusal(ci, need) != null) candidates.remove(ci);
        }

        /** Why each ACTIVE instance refuses the task, in cluster order. */
        Map<String, String> failures() {
            Map<String, String> failures = new LinkedHashMap<>();
            for (ContainerInstance ci : cluster) {
                if (ci.status.equals("ACTIVE")) failures.put(ci.arn, refusal(ci, need));
            }
            return failures;
        }
    }

    private static ContainerInstance rank(List<ContainerInstance> cluster, List<ContainerInstance> candidates, Need need,
                                          List<Strategy> strategies, Ids random) {
        for (Strategy s : strategies) {
            if (candidates.size() == 1) break;
            candidates = switch (s.type()) {
                case "binpack" -> binpack(candidates, s.field());
                case "spread" -> spread(cluster, candidates, s.field(), need.group());
                default -> List.of(candidates.get(random.nextInt(candidates.size())));
            };
        }
        return candidates.size() == 1 ? candidates.get(0) : candidates.get(random.nextInt(candidates.size()));
    }

    private static String refusal(ContainerInstance ci, Need need) {
        if (!ci.agentConnected) return "AGENT";
        if (ci.remainingCpu < need.cpu()) return "RESOURCE:CPU";
        if (ci.remainingMemory < need.memory()) return "RESOURCE:MEMORY";
        for (TaskDefinition.PortMapping p : need.staticPorts()) {
            if (!ci.portFree(p.hostPort(), p.protocol())) return "RESOURCE:PORTS";
        }
        if (need.eni() && ci.usedEnis >= ci.maxEnis) return "RESOURCE:ENI";
        if (need.azs() != null && !need.azs().contains(ci.availabilityZone)) return "LOCATION";
        for (ClusterQuery q : need.memberOf()) {
            if (!q.matches(ci.subject())) return "MemberOf placement constraint unsatisfied.";
        }
        if (need.distinct() && ci.groupCounts.getOrDefault(need.group(), 0) > 0) {
            return "DistinctInstance placement constraint unsatisfied.";
        }
        return null;
    }

    private static List<ContainerInstance> binpack(List<ContainerInstance> candidates, String field) {
        boolean cpu = field.equals("cpu");
        int best = Integer.MAX_VALUE;
        for (int i = 0, n = candidates.size(); i < n; i++) {
            ContainerInstance ci = candidates.get(i);
            int left = cpu ? ci.remainingCpu : ci.remainingMemory;
            if (left < best) best = left;
        }
        List<ContainerInstance> out = new ArrayList<>();
        for (int i = 0, n = candidates.size(); i < n; i++) {
            ContainerInstance ci = candidates.get(i);
            if ((cpu ? ci.remainingCpu : ci.remainingMemory) == best) out.add(ci);
        }
        return out;
    }

    private static List<String> values(ContainerInstance ci, String field) {
        if (field.equalsIgnoreCase("instanceId") || field.equalsIgnoreCase("host")) return List.of(ci.arn);
        return ci.subject().apply(field);
    }

    private static List<ContainerInstance> spread(List<ContainerInstance> cluster, List<ContainerInstance> candidates, String field, String group) {
        Map<String, Integer> counts = new HashMap<>();
        for (ContainerInstance ci : cluster) {
            if (ci.status.equals("INACTIVE")) continue;
            int n = ci.groupCounts.getOrDefault(group, 0);
            for (String v : values(ci, field)) counts.merge(v, n, Integer::sum);
        }
        int best = Integer.MAX_VALUE;
        List<ContainerInstance> out = new ArrayList<>();
        for (ContainerInstance ci : candidates) {
            List<String> vs = values(ci, field);
            int c = vs.isEmpty() ? Integer.MAX_VALUE - 1 : counts.getOrDefault(vs.get(0), 0);
            if (c < best) {
                best = c;
                out.clear();
            }
            if (c == best) out.add(ci);
        }
        return out;
    }
}
